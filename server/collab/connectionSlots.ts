import type { CollabLimits } from "./limits";

// How many live connections a person may hold (per browser session and in all), and how many they may open a
// minute: one account must not take the server's sockets from everyone else. A slot is claimed when the upgrade
// request passes the checks and given back when its socket closes, however the upgrade ends. In one process the
// slots are counted here; several instances count them together in Redis (sharedConnectionSlots.ts).

export interface ConnectionSlot {
  /** Gives the slot back (the socket closed); only the first call counts. */
  release(): void;
}

export type SlotClaim = { slot: ConnectionSlot } | { refused: string };

export interface ConnectionSlots {
  /** A slot for a new connection of this person in this session, or why not (counts the attempt when allowed). */
  claim(userId: string, sessionId: string): SlotClaim | Promise<SlotClaim>;
  close(): void;
}

export type SlotLimits = Pick<CollabLimits, "maxConnectionsPerSession" | "maxConnectionsPerUser" | "connectsPerUserPerMinute">;

export const crowdedMessage = (perUser: number, limits: SlotLimits) =>
  `You have ${perUser} live connections open already (at most ${limits.maxConnectionsPerUser}, ${limits.maxConnectionsPerSession} per browser). Close some tabs and try again.`;

export const tooFastMessage = (limits: SlotLimits) =>
  `Too many new connections in the last minute (at most ${limits.connectsPerUserPerMinute}). Wait a minute and try again.`;

const MINUTE = 60_000;

export function createLocalConnectionSlots(limits: SlotLimits): ConnectionSlots {
  const perUser = new Map<string, number>();
  const perSession = new Map<string, number>();
  /** When each person's recent connections were opened, for the per-minute limit. */
  const recentConnects = new Map<string, number[]>();
  const add = (map: Map<string, number>, key: string, by: number) => {
    const count = (map.get(key) ?? 0) + by;
    if (count > 0) map.set(key, count);
    else map.delete(key);
  };

  return {
    claim(userId, sessionId) {
      const users = perUser.get(userId) ?? 0;
      if ((perSession.get(sessionId) ?? 0) >= limits.maxConnectionsPerSession || users >= limits.maxConnectionsPerUser) {
        return { refused: crowdedMessage(users, limits) };
      }
      const now = Date.now();
      const recent = (recentConnects.get(userId) ?? []).filter((at) => now - at < MINUTE);
      recentConnects.set(userId, recent);
      if (recent.length >= limits.connectsPerUserPerMinute) return { refused: tooFastMessage(limits) };
      recent.push(now);
      if (recentConnects.size > 10_000) for (const [id, times] of recentConnects) if (times.every((at) => now - at >= MINUTE)) recentConnects.delete(id);
      add(perUser, userId, 1);
      add(perSession, sessionId, 1);
      let held = true;
      return {
        slot: {
          release() {
            if (!held) return;
            held = false;
            add(perUser, userId, -1);
            add(perSession, sessionId, -1);
          },
        },
      };
    },
    close() {},
  };
}
