import type * as Y from "yjs";
import { DocumentRoom, type RoomOptions } from "./room";

export interface RoomManagerOptions extends RoomOptions {
  /** How long a document with nobody connected stays in memory. */
  idleUnloadMs: number;
  /** Runs once a room has loaded, before anyone uses it (the composition root brings the outline root up to date). */
  afterLoad?(room: DocumentRoom): Promise<void>;
}

/** Opens each document's room once, shares it, and unloads it when nobody has used it for a while. */
export function createRoomManager(options: RoomManagerOptions) {
  const loading = new Map<string, Promise<DocumentRoom>>();
  const open = new Map<string, DocumentRoom>();
  const idle = new Map<string, NodeJS.Timeout>();

  /** Broken rooms being stored and closed: a fresh room loads only once its predecessor's batch is on disk. */
  const retiring = new Map<string, Promise<void>>();

  function get(documentId: string): Promise<DocumentRoom> {
    const timer = idle.get(documentId);
    if (timer) {
      clearTimeout(timer);
      idle.delete(documentId);
    }
    const current = open.get(documentId);
    if (current?.broken) retire(current);
    let room = loading.get(documentId);
    if (!room) {
      room = (async () => {
        await retiring.get(documentId);
        const created = new DocumentRoom(documentId, options);
        await created.load();
        await options.afterLoad?.(created);
        open.set(documentId, created);
        return created;
      })();
      loading.set(documentId, room);
      room.catch(() => loading.delete(documentId));
    }
    return room;
  }

  /** Takes a broken room out of use: what it accepted before breaking is stored, then it closes. */
  function retire(room: DocumentRoom): void {
    if (open.get(room.documentId) !== room) return;
    open.delete(room.documentId);
    loading.delete(room.documentId);
    const closing = room.close().finally(() => {
      if (retiring.get(room.documentId) === closing) retiring.delete(room.documentId);
    });
    retiring.set(room.documentId, closing);
  }

  /** Called when someone leaves (or an API change is done): unloads the room once idle long enough. */
  function release(room: DocumentRoom): void {
    if (room.broken) return retire(room);
    if (room.participants.size > 0 || idle.has(room.documentId)) return;
    idle.set(
      room.documentId,
      setTimeout(() => {
        idle.delete(room.documentId);
        if (room.participants.size > 0 || room.hasUnsavedChanges || open.get(room.documentId) !== room) {
          if (room.participants.size === 0) release(room);
          return;
        }
        loading.delete(room.documentId);
        open.delete(room.documentId);
        void room.close();
      }, options.idleUnloadMs),
    );
  }

  return {
    get,
    release,
    /** The room if it is in memory now. */
    loaded: (documentId: string): DocumentRoom | undefined => open.get(documentId),
    /** Applies a server-made change through the room, so connected people see it and it is stored first. */
    async applyServerUpdate(documentId: string, update: Uint8Array, userId: string | null): Promise<void> {
      const room = await get(documentId);
      try {
        await room.applyServerUpdate(update, userId);
      } finally {
        release(room);
      }
    },
    /** Lends the document's room to `work` (loading it if needed) and releases it after. */
    async withRoom<T>(documentId: string, work: (room: DocumentRoom) => Promise<T> | T): Promise<T> {
      const room = await get(documentId);
      try {
        return await work(room);
      } finally {
        release(room);
      }
    },
    /** Runs a server-side change on the document's live doc (loading it if needed); resolves once stored. */
    async serverChange(documentId: string, change: (doc: Y.Doc) => void, userId: string | null): Promise<void> {
      const room = await get(documentId);
      try {
        await room.serverChange(change, userId);
      } finally {
        release(room);
      }
    },
    /** Every open room reads what it missed from the log (messages between instances may have been lost). */
    async catchUpAll(): Promise<void> {
      await Promise.all([...open.values()].map((room) => room.catchUp()));
    },
    /** Rooms behind the log's head (a message lost, or none sent while Redis was away) read what they missed. */
    async catchUpBehind(): Promise<void> {
      await Promise.all(
        [...open.values()].map(async (room) => {
          if ((await options.store.documents.logHead(room.documentId)) > room.head) await room.catchUp();
        }),
      );
    },
    async refreshSections(documentId: string): Promise<void> {
      await open.get(documentId)?.refreshSections();
    },
    stats() {
      const rooms = [...open.values()];
      return {
        openDocuments: rooms.length,
        connections: rooms.reduce((n, r) => n + r.participants.size, 0),
        storageErrors: rooms.filter((r) => r.storageError).map((r) => ({ documentId: r.documentId, error: r.storageError })),
      };
    },
    async closeAll(): Promise<void> {
      for (const timer of idle.values()) clearTimeout(timer);
      idle.clear();
      const rooms = [...open.values()];
      open.clear();
      loading.clear();
      await Promise.all([...rooms.map((r) => r.close()), ...retiring.values()]);
    },
  };
}

export type RoomManager = ReturnType<typeof createRoomManager>;
