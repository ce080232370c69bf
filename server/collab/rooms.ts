import type * as Y from "yjs";
import { DocumentRoom, type RoomOptions } from "./room";
import { outlineOf } from "../services/outline";
import { writeOutline } from "../../shared/collab/outline";

export interface RoomManagerOptions extends RoomOptions {
  /** How long a document with nobody connected stays in memory. */
  idleUnloadMs: number;
}

/** Opens each document's room once, shares it, and unloads it when nobody has used it for a while. */
export function createRoomManager(options: RoomManagerOptions) {
  const loading = new Map<string, Promise<DocumentRoom>>();
  const open = new Map<string, DocumentRoom>();
  const idle = new Map<string, NodeJS.Timeout>();

  function get(documentId: string): Promise<DocumentRoom> {
    const timer = idle.get(documentId);
    if (timer) {
      clearTimeout(timer);
      idle.delete(documentId);
    }
    let room = loading.get(documentId);
    if (!room) {
      room = (async () => {
        const created = new DocumentRoom(documentId, options);
        await created.load();
        // The outline root mirrors the tables; bring it up to date for documents written before it existed.
        const outline = await outlineOf(options.store, documentId);
        await created.serverChange((doc) => writeOutline(doc, outline), null);
        open.set(documentId, created);
        return created;
      })();
      loading.set(documentId, room);
      room.catch(() => loading.delete(documentId));
    }
    return room;
  }

  /** Called when someone leaves (or an API change is done): unloads the room once idle long enough. */
  function release(room: DocumentRoom): void {
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
      await Promise.all(rooms.map((r) => r.close()));
    },
  };
}

export type RoomManager = ReturnType<typeof createRoomManager>;
