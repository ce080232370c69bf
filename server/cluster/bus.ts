// What instances tell each other. One process (the embedded default) has nobody to tell: `soloBus` does nothing.
// Several instances share PostgreSQL, the truth, and tell each other through Redis (redisBus.ts) what they
// stored and what changed; a message lost on the way is found again in PostgreSQL, never lost.

/** What a document's room hears from the other instances. */
export interface DocumentListener {
  /** Another instance stored round `round` of the document's log: here is its update. */
  round(round: number, update: Uint8Array): void;
  /** Presence from another instance's connections (already checked and stamped there). */
  presence(update: Uint8Array): void;
  /** A section's owner group or status changed: the guard reads them again. */
  sectionsChanged(): void;
}

/** A room's line to the other instances' rooms of the same document. */
export interface DocumentChannel {
  /** Resolves once the room hears the document (subscribed), so nothing stored after it is read goes unheard. */
  readonly ready: Promise<void>;
  publishRound(round: number, update: Uint8Array): void;
  publishPresence(update: Uint8Array): void;
  publishSectionsChanged(): void;
  /** Stops hearing the document (the room unloads). */
  leave(): void;
}

/** Events about people and the audit log, for every instance. */
export type ClusterEvent =
  | { kind: "disconnect_session"; sessionId: string }
  | { kind: "disconnect_user"; userId: string }
  | { kind: "refresh_user"; userId: string }
  | { kind: "audited"; documentId: string | null; action: string };

export type RedisHealth = "off" | "ok" | "down";

export interface ClusterBus {
  /** Whether other instances may exist (Redis configured). */
  readonly shared: boolean;
  readonly instanceId: string;
  joinDocument(documentId: string, listener: DocumentListener): DocumentChannel;
  publish(event: ClusterEvent): void;
  /** Hears the others' events (never this instance's own). Returns the way to stop. */
  onEvent(listener: (event: ClusterEvent) => void): () => void;
  /**
   * Called when messages may have been lost (Redis came back after an outage): every room reads what it missed
   * from PostgreSQL. Returns the way to stop.
   */
  onResync(listener: () => void): () => void;
  health(): RedisHealth;
  /** Redis, for shared counters and locks (null in one process). */
  readonly redis: SharedCommands | null;
  close(): Promise<void>;
}

/**
 * The few Redis commands the shared limits and locks use. Each answers within a second or fails: a caller that
 * cannot reach Redis falls back to what this instance knows instead of holding a request.
 */
export interface SharedCommands {
  /** Adds 1 to a counter that expires `ttlMs` after it was created; the new value. */
  increment(key: string, ttlMs: number): Promise<number>;
  /** Sets the key only if it does not exist, with an expiry; whether it was set. */
  setIfAbsent(key: string, value: string, ttlMs: number): Promise<boolean>;
  /** Deletes the key if it still holds `value`. */
  deleteIfEquals(key: string, value: string): Promise<void>;
  remove(key: string): Promise<void>;
  /** The key's value, or null when it does not exist. */
  get(key: string): Promise<string | null>;
  /** Sets the key's expiry again if it still holds `value`; whether it did. */
  expireIfEquals(key: string, value: string, ttlMs: number): Promise<boolean>;
  /**
   * Runs a Lua script atomically (nothing else runs in Redis meanwhile); `keys` are prefixed like every other key.
   * Numbers come back as numbers, arrays as arrays.
   */
  evaluate(script: string, keys: string[], args: Array<string | number>): Promise<unknown>;
}

const SILENT_CHANNEL: DocumentChannel = {
  ready: Promise.resolve(),
  publishRound() {},
  publishPresence() {},
  publishSectionsChanged() {},
  leave() {},
};

/** One process: nobody else to tell. */
export function createSoloBus(): ClusterBus {
  return {
    shared: false,
    instanceId: "solo",
    joinDocument: () => SILENT_CHANNEL,
    publish() {},
    onEvent: () => () => {},
    onResync: () => () => {},
    health: () => "off",
    redis: null,
    close: async () => {},
  };
}
