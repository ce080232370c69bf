import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { AddMarkStep, RemoveMarkStep, ReplaceAroundStep, ReplaceStep, type Transform } from "@tiptap/pm/transform";
import { FOOTNOTE } from "./footnoteLocation";

// Whether a change to a section's text can change its footnote numbers. Typing next to a note, or anywhere else,
// cannot: the numbers then stay and only move with the text, so a keystroke never walks the section to count them.

function hasNoteBetween(doc: ProseMirrorNode, from: number, to: number): boolean {
  if (from >= to) return false;
  let found = false;
  doc.nodesBetween(from, to, (node) => {
    if (node.type.name === FOOTNOTE) found = true;
    return !found && !node.isLeaf;
  });
  return found;
}

/** True when some step removed, added or changed a footnote (or is of a kind not looked into here). */
export function touchesFootnotes(transform: Transform): boolean {
  return transform.steps.some((step, index) => {
    // Marks are never part of a note's number or text.
    if (step instanceof AddMarkStep || step instanceof RemoveMarkStep) return false;
    // Any other step (a node's attributes set in place, say) may change a note where no range shows it.
    if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return true;
    const before = transform.docs[index]!;
    const after = transform.docs[index + 1] ?? transform.doc;
    let touched = false;
    // What each replaced range held before, and what it holds after: a note re-marked in place is in both.
    step.getMap().forEach((oldStart, oldEnd, newStart, newEnd) => {
      touched ||= hasNoteBetween(before, oldStart, oldEnd) || hasNoteBetween(after, newStart, newEnd);
    });
    return touched;
  });
}
