import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Decoration, NodeView } from "@tiptap/pm/view";
import { footnoteLabel } from "./footnoteLocation";
import { footnoteNumberOf } from "./footnoteNumbers";

interface Setup {
  node: ProseMirrorNode;
  decorations: readonly Decoration[];
  /** The reader may edit the section: the reference keeps focus in the text and opens the note for editing. */
  editable: boolean;
  getPos: () => number | undefined;
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
export function footnoteNodeView({ node, decorations, editable, getPos, onActivate }: Setup): NodeView {
  const dom = document.createElement("sup");
  dom.className = "footnote-ref";
  const button = document.createElement("button");
  button.type = "button";
  button.className = "footnote-ref__button";
  button.tabIndex = editable ? -1 : 0;
  dom.append(button);

  let current = node;
  let number = footnoteNumberOf(decorations);
  const draw = () => {
    const label = footnoteLabel(number, String(current.attrs.text ?? ""));
    button.textContent = String(number);
    button.setAttribute("aria-label", label);
    button.title = label;
  };
  draw();

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
      number = footnoteNumberOf(nextDecorations);
      draw();
      return true;
    },
    // The button's own events (its click, a key pressed while it has focus) are not editing: ProseMirror must
    // neither select nor delete on them.
    stopEvent: (event) => event.target instanceof Node && button.contains(event.target),
  };
}
