import type * as Y from "yjs";
import { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { schema } from "../../../../shared/editor/schema";
import { readSection } from "../../../../shared/editor/content";

/**
 * A section's text as a ProseMirror document, read without writing to the live Y.Doc. y-tiptap's JSON reader
 * only reads (the node reader deletes what the schema cannot hold, which would become an edit of this reader's);
 * should its JSON not fit the schema, the section is read from a copy of the document instead (readSection).
 */
export function readSectionQuietly(fragment: Y.XmlFragment): ProseMirrorNode {
  try {
    return ProseMirrorNode.fromJSON(schema, yXmlFragmentToProsemirrorJSON(fragment));
  } catch {
    return readSection(fragment);
  }
}
