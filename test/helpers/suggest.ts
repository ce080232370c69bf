import * as Y from "yjs";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import type { TestServer } from "./server";
import { connectRaw, eventually, updateMessage } from "./collab";

// Suggestions seeded as a suggester's editor writes them: a ProseMirror change on a replica of the server's
// document, turned into a Yjs update by y-tiptap and sent over a plain socket signed in as the suggester. The
// server's guard and gate judge it exactly as they judge a browser's.

export const insertionMark = (id: string, author: string) => schema.marks.insertion!.create({ id, author });
export const deletionMark = (id: string, author: string) => schema.marks.deletion!.create({ id, author });

/** The update an editor would send to make `change` to a section, from a replica of the server's document. */
export async function editorUpdate(server: TestServer, documentId: string, sectionId: string, change: (doc: ProseMirrorNode, tr: Transform) => void): Promise<Uint8Array> {
  const replica = new Y.Doc();
  await server.deps.rooms.withRoom(documentId, async (room) => {
    await room.whenFlushed();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(room.doc));
  });
  replica.clientID = Math.floor(Math.random() * 2 ** 30) + 1000;
  const base = Y.encodeStateVector(replica);
  const fragment = replica.getXmlFragment(`section:${sectionId}`);
  const doc = yXmlFragmentToProseMirrorRootNode(fragment, schema);
  const tr = new Transform(doc);
  change(doc, tr);
  prosemirrorToYXmlFragment(tr.doc, fragment);
  return Y.encodeStateAsUpdate(replica, base);
}

/** Sends an update as the person with `cookie`, and waits until the server has stored it; fails on a refusal. */
export async function sendUpdate(server: TestServer, documentId: string, cookie: string, update: Uint8Array): Promise<void> {
  const socket = await connectRaw(server.url, documentId, { cookie });
  try {
    const before = await server.deps.rooms.withRoom(documentId, async (room) => Y.encodeStateVector(room.doc));
    socket.send(updateMessage(update));
    await eventually(async () => {
      if (socket.refusals().length > 0) throw new Error(`update refused: ${JSON.stringify(socket.refusals())}`);
      const now = await server.deps.rooms.withRoom(documentId, async (room) => {
        await room.whenFlushed();
        return Y.encodeStateVector(room.doc);
      });
      return Buffer.compare(Buffer.from(now), Buffer.from(before)) !== 0;
    }, "the update stored");
  } finally {
    socket.close();
  }
}

/** The user id of the person signed in with `cookie`. */
export async function userIdOf(server: TestServer, cookie: string): Promise<string> {
  const response = await fetch(new URL("/api/me", server.url), { headers: { cookie } });
  const body = (await response.json()) as { user: { id: string } };
  return body.user.id;
}

/** Where a phrase starts and ends in a ProseMirror document (within one text node). */
export function findPhrase(doc: ProseMirrorNode, phrase: string): { from: number; to: number } {
  let found: { from: number; to: number } | null = null;
  doc.descendants((node, pos) => {
    if (found || !node.isText) return !found;
    const at = node.text!.indexOf(phrase);
    if (at >= 0) found = { from: pos + at, to: pos + at + phrase.length };
    return false;
  });
  if (!found) throw new Error(`"${phrase}" is not in the section`);
  return found;
}
