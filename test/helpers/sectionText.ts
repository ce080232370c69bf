import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../../shared/editor/schema";
import { sectionRootName } from "../../shared/collab/protocol";
import type { TestServer } from "./server";

/** Writes each section's text (the shared schema's JSON blocks, checked) into the live document, as the server does. */
export async function writeSectionTexts(server: TestServer, documentId: string, sectionIds: readonly string[], contents: readonly unknown[][]): Promise<void> {
  await server.deps.rooms.serverChange(
    documentId,
    (doc) => {
      contents.forEach((content, index) => {
        const node = schema.nodeFromJSON({ type: "doc", content });
        node.check();
        prosemirrorToYXmlFragment(node, doc.getXmlFragment(sectionRootName(sectionIds[index]!)));
      });
    },
    null,
  );
}
