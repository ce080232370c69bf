import * as Y from "yjs";
import type { TestServer } from "./server";

function texts(node: Y.XmlFragment | Y.XmlElement, out: Y.XmlText[] = []): Y.XmlText[] {
  for (const child of node.toArray()) {
    if (child instanceof Y.XmlText) out.push(child);
    else if (child instanceof Y.XmlElement) texts(child, out);
  }
  return out;
}

const encode = (position: Y.RelativePosition) => Buffer.from(Y.encodeRelativePosition(position)).toString("base64");

/**
 * An anchor over characters [from, to) of the n-th text of a section, as the editor would create it, taken from
 * the server's live doc; with the text it covers.
 */
export async function anchorIn(server: TestServer, documentId: string, sectionId: string, from: number, to: number, textIndex = 0) {
  return server.deps.rooms.withRoom(documentId, async (room) => {
    await room.whenFlushed();
    const text = texts(room.doc.getXmlFragment(`section:${sectionId}`))[textIndex]!;
    return {
      anchor: {
        start: encode(Y.createRelativePositionFromTypeIndex(text, from)),
        end: encode(Y.createRelativePositionFromTypeIndex(text, to, -1)),
      },
      text: text.toString().slice(from, to),
    };
  });
}

/** The plain text of a section in the server's live doc. */
export async function liveSectionText(server: TestServer, documentId: string, sectionId: string): Promise<string> {
  return server.deps.rooms.withRoom(documentId, async (room) => {
    await room.whenFlushed();
    return texts(room.doc.getXmlFragment(`section:${sectionId}`)).map((t) => t.toString()).join("\n");
  });
}
