import type * as Y from "yjs";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { DOMSerializer, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { schema } from "../../../../shared/editor/schema";
import { isNumberedNote } from "../editor/footnotes/footnoteNumbers";
import { footnoteLabel } from "../editor/footnotes/footnoteLocation";
import { takesOwnDirection } from "../editor/BlockDirection";

// A section's live text drawn as plain HTML, for sections whose editor is not mounted yet (the page mounts editors
// as sections come near the viewport). Read from the section's Y.XmlFragment with the same schema the editor uses,
// so the words, headings, lists, tables and footnote numbers are the editor's, the height nearly so, and
// find-in-page and screen readers see the whole paper. It only ever reads: y-tiptap's own reader deletes what the
// schema cannot hold, which a reader who may not edit would send to the server as a refused change.

type Json = { type?: string; content?: Json[] };

/** The fragment as a ProseMirror document; blocks the schema cannot read are left out, never removed. */
export function readFragment(fragment: Y.XmlFragment): ProseMirrorNode {
  const json = yXmlFragmentToProsemirrorJSON(fragment) as Json;
  try {
    return schema.nodeFromJSON(json);
  } catch {
    const blocks = (json.content ?? []).flatMap((block) => {
      try {
        return [schema.nodeFromJSON(block)];
      } catch {
        return [];
      }
    });
    return schema.topNodeType.create(null, blocks);
  }
}

/** How many of the section's notes carry a number (the editor's rule: a note without text has none). */
export function numberedNotes(doc: ProseMirrorNode): number {
  let count = 0;
  doc.descendants((node) => {
    if (node.type.name === "footnote" && isNumberedNote(node.attrs.text)) count++;
    return node.isBlock;
  });
  return count;
}

const base = DOMSerializer.fromSchema(schema);

/** As the editor draws them: blocks with words take their own direction (BlockDirection). */
const direction = (node: ProseMirrorNode) => (takesOwnDirection(node) ? { dir: "auto" } : {});

/**
 * The document as DOM, drawn as the editor draws it: the text's headings one level under the section's h2, and
 * footnote references as superscript numbers through the paper (`offset`: the notes of the sections before).
 */
export function renderStatic(doc: ProseMirrorNode, offset: number): HTMLElement | DocumentFragment {
  let place = 0;
  const serializer = new DOMSerializer(
    {
      ...base.nodes,
      heading: (node) => [Number(node.attrs.level) === 3 ? "h4" : "h3", direction(node), 0],
      paragraph: (node) => ["p", direction(node), 0],
      listItem: (node) => ["li", direction(node), 0],
      blockquote: (node) => ["blockquote", direction(node), 0],
      // The editor's table view wraps its table (the page's styles space and scroll the wrapper).
      table: () => ["div", { class: "tableWrapper" }, ["table", ["tbody", 0]]],
      footnote: (node) => {
        const text = String(node.attrs.text ?? "");
        const number = isNumberedNote(text) ? offset + ++place : null;
        return ["sup", { class: "footnote-ref" }, ["span", { class: "footnote-ref__button", title: number === null ? "" : footnoteLabel(number, text) }, number === null ? "–" : String(number)]];
      },
    },
    base.marks,
  );
  return serializer.serializeFragment(doc.content, { document });
}
