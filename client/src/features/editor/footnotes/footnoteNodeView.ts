import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Decoration, NodeView } from "@tiptap/pm/view";
import type { FootnoteLabels } from "./footnoteLocation";
import { footnoteNumberOf } from "./footnoteNumbers";
import type { SectionNumbering } from "./paperNumbering";

interface Setup {
  node: ProseMirrorNode;
  decorations: readonly Decoration[];
  /** The reader may edit the section: the reference keeps focus in the text and opens the note for editing. */
  editable: boolean;
  getPos: () => number | undefined;
  /** The section's place in the paper's numbering: references redraw when notes before the section come or go. */
  numbering: SectionNumbering;
  /** The reference's name in the reader's language. */
  labels: FootnoteLabels;
  onActivate(pos: number): void;
}

/**
 * A reference drawn as a superscript number that is a button: "Footnote 2: <text>" to assistive technology and
 * in its tooltip, and a click (or Enter or Space on it) opens the note.
 *
 * In an editable section it is not a Tab stop and a mouse press leaves focus in the text: people move through
 * the text with the arrow keys, which select a note whole, and Enter or Space opens it (the extension's keys).
 * In a read-only section the text itself takes no focus, so each reference is a Tab stop of its own.
 */
export function footnoteNodeView({ node, decorations, editable, getPos, numbering, labels, onActivate }: Setup): NodeView {
  const dom = document.createElement("sup");
  dom.className = "footnote-ref";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "footnote-ref__button";
  button.tabIndex = editable ? -1 : 0;
  dom.append(button);

  let current = node;
  let place = footnoteNumberOf(decorations);
  let shown = "";
  const draw = () => {
    // A note with no text is in no export, so it has no number to show either; it can still be opened and removed.
    const number = place > 0 ? place + numbering.offset() : null;
    const label = number === null ? labels.empty : labels.numbered(number, String(current.attrs.text ?? ""));
    // Asked again on every update and offset change: the DOM is touched only when the reference really changed.
    if (label === shown) return;
    shown = label;
    button.textContent = number === null ? "–" : String(number);
    button.setAttribute("aria-label", label);
    button.title = label;
  };
  draw();
  const unsubscribe = numbering.subscribe(draw);

  if (editable) button.addEventListener("mousedown", (event) => event.preventDefault());
  button.addEventListener("click", (event) => {
    event.preventDefault();
    const pos = getPos();
    if (pos !== undefined) onActivate(pos);
  });

  return {
    dom,
    update(next, nextDecorations) {
      if (next.type !== current.type) return false;
      current = next;
      place = footnoteNumberOf(nextDecorations);
      draw();
      return true;
    },
    destroy: unsubscribe,
    // The button's own events (its click, a key pressed while it has focus) are not editing: ProseMirror must
    // neither select nor delete on them.
    stopEvent: (event) => event.target instanceof Node && button.contains(event.target),
  };
}
