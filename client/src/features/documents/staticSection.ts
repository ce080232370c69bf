import type * as Y from "yjs";
import { yXmlFragmentToProsemirrorJSON } from "@tiptap/y-tiptap";
import { DOMSerializer, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { schema } from "../../../../shared/editor/schema";
import { isNumberedNote } from "../editor/footnotes/footnoteNumbers";
import type { FootnoteLabels } from "../editor/footnotes/footnoteLocation";
import { takesOwnDirection } from "../editor/BlockDirection";
import { languagePieces, type DocumentLanguage } from "../../../../shared/languages";

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

/** Each passage in another language than the section's in a `lang` of its own, as the editor draws it (PassageLanguage). */
function markPassages(root: Node, language: DocumentLanguage): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) texts.push(node as Text);
  for (const text of texts) {
    const pieces = languagePieces(text.data, language);
    if (pieces.every((piece) => piece.language === null)) continue;
    text.replaceWith(
      ...pieces.map((piece) => {
        if (!piece.language) return piece.text;
        const span = document.createElement("span");
        span.lang = piece.language;
        span.textContent = piece.text;
        return span;
      }),
    );
  }
}

/**
 * The document as DOM, drawn as the editor draws it: the text's headings one level under the section's h2,
 * footnote references as superscript numbers through the paper (`offset`: the notes of the sections before), and
 * passages in another language than the section's (`language`) marked with theirs; `labels` name the references.
 */
export function renderStatic(doc: ProseMirrorNode, offset: number, language: DocumentLanguage, labels: FootnoteLabels): HTMLElement | DocumentFragment {
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
        return ["sup", { class: "footnote-ref" }, ["span", { class: "footnote-ref__button", title: number === null ? "" : labels.numbered(number, text) }, number === null ? "–" : String(number)]];
      },
    },
    base.marks,
  );
  const out = serializer.serializeFragment(doc.content, { document });
  markPassages(out, language);
  return out;
}
