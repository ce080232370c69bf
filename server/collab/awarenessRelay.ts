import * as awarenessProtocol from "y-protocols/awareness";
import type * as Y from "yjs";
import type { Participant } from "./participant";
import type { ClientClaims } from "./clientClaims";
import { awarenessFrame, readAwarenessUpdate, writeAwarenessUpdate, type AwarenessEntry } from "./messages";

// Presence: relayed, never trusted. Each state is stamped with the server's truth about its sender (name, colour,
// id); a connection speaks only for its own clientIDs, a few at most, each state small; what it says of anyone
// else (a stock client announces the removal of peers it timed out) is dropped, not relayed, and claims nothing.

export interface PresenceLimits {
  /** Bytes of one awareness message: far above one client's state, far below a flood. */
  maxMessageBytes: number;
  /** Entries read from one message. */
  maxEntries: number;
  /** Presence states one connection may hold (a tab has one). */
  maxStatesPerConnection: number;
  /** Bytes of one state's JSON (a caret per section editor fits many times over). */
  maxStateBytes: number;
}

/** Origin of presence heard from another instance. */
const FROM_ELSEWHERE = "elsewhere";

export type PresenceVerdict = { ok: true; dropped: number } | { ok: false; detail: string };

export class AwarenessRelay {
  readonly awareness: awarenessProtocol.Awareness;
  private changed = new Set<number>();
  private timer: NodeJS.Timeout | null = null;
  private closed = false;
  private departed = new Set<number>();
  /** States changed by this instance's own connections since the last batch (for the other instances). */
  private changedHere = new Set<number>();

  constructor(
    doc: Y.Doc,
    private readonly limits: PresenceLimits,
    /** Presence changes go out together, at most once per this many ms. */
    private readonly batchMs: number,
    private readonly broadcast: (frame: Uint8Array) => void,
    /** Several instances: this instance's own presence changes, for the others (checked and stamped here). */
    private readonly publish?: (update: Uint8Array) => void,
  ) {
    this.awareness = new awarenessProtocol.Awareness(doc);
    this.awareness.setLocalState(null);
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>, origin: unknown) => {
      for (const id of [...added!, ...updated!, ...removed!]) {
        this.changed.add(id);
        if (origin !== FROM_ELSEWHERE) this.changedHere.add(id);
      }
      this.schedule();
    });
  }

  /**
   * Presence from another instance: its connections were checked and stamped there. Relayed to the people here
   * like any other; states nobody renews (an instance that stopped) time out after 30 s as y-protocols does.
   */
  hear(update: Uint8Array): void {
    if (this.closed) return;
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, FROM_ELSEWHERE);
  }

  /**
   * Reads one awareness message from a connection. Refused whole (the caller closes the connection) when it is
   * too large or not what a client writes; entries about clientIDs that are not this connection's are dropped.
   */
  receive(participant: Participant, update: Uint8Array, claims: ClientClaims): PresenceVerdict {
    if (update.byteLength > this.limits.maxMessageBytes) return { ok: false, detail: `presence message of ${update.byteLength} bytes` };
    let entries: AwarenessEntry[];
    try {
      entries = readAwarenessUpdate(update, this.limits.maxEntries);
    } catch (error) {
      return { ok: false, detail: (error as Error).message };
    }
    const accepted: AwarenessEntry[] = [];
    let dropped = 0;
    for (const entry of entries) {
      const stateBytes = Buffer.byteLength(entry.state, "utf8");
      if (stateBytes > this.limits.maxStateBytes) return { ok: false, detail: `a presence state of ${stateBytes} bytes` };
      const state: unknown = JSON.parse(entry.state);
      if (state === null) {
        // Only the connection that announced a state may withdraw it.
        if (participant.awarenessIds.has(entry.clientId)) accepted.push(entry);
        else dropped++;
        continue;
      }
      if (typeof state !== "object" || Array.isArray(state)) return { ok: false, detail: "a presence state that is not an object" };
      const isNew = !participant.awarenessIds.has(entry.clientId);
      if (!claims.mayUse(participant, entry.clientId) || (isNew && participant.awarenessIds.size >= this.limits.maxStatesPerConnection)) {
        dropped++;
        continue;
      }
      claims.claim(participant, entry.clientId);
      participant.awarenessIds.add(entry.clientId);
      // The server's truth about who this is, whatever the client claimed.
      accepted.push({ ...entry, state: JSON.stringify({ ...(state as Record<string, unknown>), user: participant.presence }) });
    }
    if (accepted.length > 0) awarenessProtocol.applyAwarenessUpdate(this.awareness, writeAwarenessUpdate(accepted), participant);
    for (const entry of accepted) if (entry.state === "null") participant.awarenessIds.delete(entry.clientId);
    return { ok: true, dropped };
  }

  /** The connection left: its states go, and everyone hears so. */
  leave(participant: Participant): void {
    const ids = [...participant.awarenessIds];
    if (ids.length > 0) awarenessProtocol.removeAwarenessStates(this.awareness, ids, participant);
    participant.awarenessIds.clear();
    // y-protocols keeps a clock per clientID ever seen, for good; a connection's clientIDs die with it, once
    // everyone has heard they left (the next batch reads their clocks).
    for (const id of ids) this.departed.add(id);
  }

  /** Everyone's presence, for a newcomer. */
  snapshot(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)) : null;
  }

  /**
   * Clients renew their state every 15 s, and hundreds that connected together would otherwise each cost a
   * frame to every connection at the same moment: changes go out together, once per batch interval.
   */
  private schedule(): void {
    if (this.timer || this.closed || this.changed.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      const changed = [...this.changed];
      const changedHere = [...this.changedHere];
      this.changed.clear();
      this.changedHere.clear();
      if (this.closed || changed.length === 0) return;
      this.broadcast(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
      if (this.publish && changedHere.length > 0) this.publish(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changedHere));
      for (const id of this.departed) if (!this.awareness.states.has(id)) this.awareness.meta.delete(id);
      this.departed.clear();
    }, this.batchMs);
  }

  close(): void {
    this.closed = true;
    if (this.timer) clearTimeout(this.timer);
    this.awareness.destroy();
  }
}
