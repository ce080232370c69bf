import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import { MESSAGE_ACTIVITY, MESSAGE_REFUSED, type ActivityAudience, type PresenceUser } from "../../../shared/collab/protocol";
import * as decoding from "lib0/decoding";
import { closeConnection, openConnection, type Connection } from "./connection";
import { connectionStatus, type ConnectionStatus } from "./connectionStatus";
import { closedConnection, reconnectNotice, type ClosedConnection } from "./closeMessages";
import { readRefusedMessage, type ReadRefusal } from "./refusedMessage";
import { trackSaves, type SaveTracker } from "./saveTracker";
import type { MessageId } from "../i18n/catalogues";

/** What the page renders from: replaced (never mutated) whenever something changes. */
export interface CollabSnapshot {
  /** Goes up each time the session starts over with a fresh Y.Doc; editors bound to an older one must go. */
  generation: number;
  doc: Y.Doc;
  awareness: Awareness;
  status: ConnectionStatus;
  /** The live text can be shown: the server synced, or this device holds a copy of the document. */
  ready: boolean;
  /** Why the server closed the connection for good; null while it is open or being retried. */
  closed: ClosedConnection | null;
  /** Connection attempts that failed since the last sync. */
  failedAttempts: number;
  /** Why the server reset a connection that is being reopened (cleared once back in step). */
  notice: MessageId | null;
  /** How many entries the document's activity gained while open, by who may read them (the server says so). */
  activity: Readonly<Record<ActivityAudience, number>>;
  /** Changes made here that the server has not yet confirmed storing (see saveTracker). */
  unsaved: number;
}

export interface CollabSessionOptions {
  url: string;
  documentId: string;
  user: PresenceUser;
  /**
   * The server refused a change. Called with the doomed doc, which still holds the refused text; the session
   * starts over with a fresh doc right after.
   */
  onRefused(refusal: ReadRefusal, doc: Y.Doc): void;
  /** The fresh doc after a refusal has synced with the server. */
  onResynced(doc: Y.Doc): void;
}

export interface CollabSession {
  subscribe(listener: () => void): () => void;
  getSnapshot(): CollabSnapshot;
  /** Stops connecting for good (the server says this person may not be here). */
  stop(): void;
  destroy(): Promise<void>;
}

/** Give up waiting for the local copy after this long: the server is the source of truth anyway. */
const LOCAL_COPY_WAIT_MS = 1500;

export const storageName = (userId: string, documentId: string): string => `penholder:${userId}:${documentId}`;

/**
 * One open document: a Y.Doc, its copy on this device (IndexedDB) and the y-websocket connection, with the
 * connection status the page shows, and the reset the server asks for when it refuses a change.
 */
export function createCollabSession(options: CollabSessionOptions): CollabSession {
  const listeners = new Set<() => void>();
  let generation = 0;
  let ready = false;
  let resetting = false;
  let afterReset = false;
  let stopped = false;
  let destroyed = false;
  let closed: ClosedConnection | null = null;
  let notice: MessageId | null = null;
  let activity: Record<ActivityAudience, number> = { editorial: 0, admin: 0 };
  let saves: SaveTracker | null = null;
  let connection = start();
  let snapshot = current();

  function start(): Connection {
    const opened = openConnection({
      url: options.url,
      documentId: options.documentId,
      storageName: storageName(options.user.id, options.documentId),
      user: options.user,
    });
    const { provider, persistence, doc } = opened;
    const isCurrent = () => connection === opened && !destroyed;
    saves?.destroy();
    saves = trackSaves(doc, provider, () => isCurrent() && publish());
    provider.messageHandlers[MESSAGE_REFUSED] = (_encoder, decoder) => {
      if (isCurrent()) refused(readRefusedMessage(decoder));
    };
    provider.messageHandlers[MESSAGE_ACTIVITY] = (_encoder, decoder) => {
      if (!isCurrent()) return;
      const audience: ActivityAudience = decoding.readVarString(decoder) === "editorial" ? "editorial" : "admin";
      activity = { ...activity, [audience]: activity[audience] + 1 };
      publish();
    };
    provider.on("status", () => isCurrent() && publish());
    provider.on("connection-error", () => isCurrent() && publish());
    provider.on("sync", (synced: boolean) => {
      if (!isCurrent()) return;
      if (synced) {
        ready = true;
        notice = null;
        if (afterReset) {
          afterReset = false;
          options.onResynced(doc);
        }
      }
      publish();
    });
    provider.on("connection-close", (event) => {
      if (!isCurrent() || !event) return;
      const words = reconnectNotice(event.code);
      if (words) {
        notice = words;
        publish();
      }
    });
    provider.on("closed", ({ code, reason }) => {
      if (!isCurrent()) return;
      closed = closedConnection(code, reason);
      publish();
    });
    const localCopy = persistence.whenSynced.then(() => {
      if (!isCurrent() || doc.store.clients.size === 0) return;
      ready = true;
      publish();
    });
    void Promise.race([localCopy, delay(LOCAL_COPY_WAIT_MS)]).then(() => {
      if (!isCurrent()) return;
      if (!stopped && navigator.onLine) provider.connect();
      publish();
    });
    return opened;
  }

  function refused(refusal: ReadRefusal): void {
    if (resetting) return;
    resetting = true;
    const doomed = connection;
    // Nothing more from this doc may reach the server: it would only be refused again.
    doomed.provider.disconnect();
    try {
      options.onRefused(refusal, doomed.doc);
    } finally {
      ready = false;
      publish();
      void closeConnection(doomed, { forget: true })
        // Start over even if the local copy could not be deleted: at worst it loads and is refused again.
        .catch((error: unknown) => console.warn("Penholder: the local copy could not be cleared", error))
        .then(startOver);
    }
  }

  function startOver(): void {
    if (destroyed) return;
    generation += 1;
    resetting = false;
    afterReset = true;
    connection = start();
    publish();
  }

  function current(): CollabSnapshot {
    const { provider, doc, awareness } = connection;
    const status = resetting
      ? "syncing"
      : connectionStatus({
          browserOnline: navigator.onLine && !stopped && closed === null,
          connected: provider.wsconnected,
          connecting: provider.wsconnecting,
          synced: provider.synced,
          failedAttempts: provider.wsUnsuccessfulReconnects,
        });
    return { generation, doc, awareness, status, ready: ready && !resetting, closed, failedAttempts: provider.wsUnsuccessfulReconnects, notice, activity, unsaved: saves?.unsaved() ?? 0 };
  }

  function publish(): void {
    if (destroyed) return;
    snapshot = current();
    for (const listener of listeners) listener();
  }

  const wentOffline = () => {
    // Browsers keep a dead socket open for a long time; say "offline" now and reconnect when the network returns.
    connection.provider.disconnect();
    publish();
  };
  const cameOnline = () => {
    if (!stopped && !resetting && closed === null) connection.provider.connect();
    publish();
  };
  window.addEventListener("offline", wentOffline);
  window.addEventListener("online", cameOnline);

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    stop() {
      stopped = true;
      connection.provider.disconnect();
      publish();
    },
    async destroy() {
      if (destroyed) return;
      destroyed = true;
      listeners.clear();
      window.removeEventListener("offline", wentOffline);
      window.removeEventListener("online", cameOnline);
      saves?.destroy();
      // Mid-reset, the doomed connection is already being closed (and its local copy deleted).
      if (!resetting) await closeConnection(connection, { forget: false });
    },
  };
}

const delay = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
