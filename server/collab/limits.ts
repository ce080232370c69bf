import type { Rate } from "./budgets";
import type { RoomLimits } from "./room";

/** Every limit of the live connection, in one place (docs/SECURITY.md lists them with their values). */
export interface CollabLimits {
  room: RoomLimits;
  /** One connection: a fast typist sends two messages a keystroke (the change and the caret). */
  connectionRate: Rate;
  /** One person, all their connections together. */
  userRate: Rate;
  /** A connection made to wait longer than this for its budget is closed (it reconnects and resends in one go). */
  maxThrottleMs: number;
  /** Refused updates a connection may send per minute before it is closed. */
  maxRefusalsPerMinute: number;
  maxConnectionsPerSession: number;
  maxConnectionsPerUser: number;
  /** New connections one person may open per minute (a reconnect loop, a script). */
  connectsPerUserPerMinute: number;
}

const MiB = 1024 * 1024;

export const DEFAULT_LIMITS: CollabLimits = {
  room: {
    maxClientIdsPerConnection: 16,
    presence: { maxMessageBytes: 64 * 1024, maxEntries: 128, maxStatesPerConnection: 4, maxStateBytes: 16 * 1024 },
    documentQuotaBytes: 64 * MiB,
  },
  // A fast typist sends about 30 messages a second (a change and a caret per keystroke), one holding a key about
  // 60; what one person sends beyond that, every reader of the document pays for again.
  // Work: a keystroke costs a fraction of a millisecond, a 2 MiB paste one or two seconds.
  connectionRate: { messagesPerSecond: 60, messageBurst: 300, bytesPerSecond: 1 * MiB, byteBurst: 4 * MiB, workMsPerSecond: 150, workBurstMs: 3_000 },
  userRate: { messagesPerSecond: 100, messageBurst: 500, bytesPerSecond: 2 * MiB, byteBurst: 8 * MiB, workMsPerSecond: 200, workBurstMs: 4_000 },
  maxThrottleMs: 5_000,
  maxRefusalsPerMinute: 30,
  maxConnectionsPerSession: 16,
  maxConnectionsPerUser: 32,
  connectsPerUserPerMinute: 60,
};
