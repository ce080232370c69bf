import * as Y from "yjs";
import { Awareness } from "y-protocols/awareness";
import { WebsocketProvider } from "y-websocket";
import { IndexeddbPersistence, clearDocument } from "y-indexeddb";
import type { PresenceUser } from "../../../shared/collab/protocol";

/** One Y.Doc with everything attached to it: the local copy on this device and the socket to the server. */
export interface Connection {
  doc: Y.Doc;
  awareness: Awareness;
  persistence: IndexeddbPersistence;
  provider: WebsocketProvider;
}

export interface ConnectionOptions {
  url: string;
  documentId: string;
  /** IndexedDB database name: one per user and document, so people sharing a browser never mix drafts. */
  storageName: string;
  user: PresenceUser;
}

/** Opens the local copy; the socket is created but connects only when asked (after the local copy loaded). */
export function openConnection({ url, documentId, storageName, user }: ConnectionOptions): Connection {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  // The server stamps the same values over this; setting them locally shows our own entry before it does.
  awareness.setLocalStateField("user", user);
  const persistence = new IndexeddbPersistence(storageName, doc);
  // No BroadcastChannel between tabs: every update goes through the server's guard, so a refused change in
  // one tab cannot spread to another tab's Y.Doc behind the server's back.
  const provider = new WebsocketProvider(url, documentId, doc, { awareness, connect: false, disableBc: true });
  return { doc, awareness, persistence, provider };
}

/**
 * Closes everything, in the order that lets the others see us leave (the provider sends our empty awareness
 * state while it still can). `forget` also deletes the local copy: after a refusal it holds the refused structs.
 */
export async function closeConnection(connection: Connection, { forget }: { forget: boolean }): Promise<void> {
  connection.provider.destroy();
  connection.awareness.destroy();
  await connection.persistence.destroy();
  if (forget) await clearDocument(connection.persistence.name);
  connection.doc.destroy();
}
