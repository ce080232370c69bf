import type { Mark, Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Transform } from "@tiptap/pm/transform";
import { SUGGESTION_KINDS, type SuggestionKind } from "./marks/suggestion";

// What a section's suggestions mean, as pure functions of its ProseMirror document: the guard, the accept and
// reject actions, the editor and the exports all read them here.
//
// A suggestion is a run of text marked `insertion` or `deletion` with one id and one author. A run that reaches
// the end of a textblock and goes on, with the same id and kind, at the very start of the next textblock also
// covers the boundary between them: that is how a suggested paragraph break (or a suggested join, for a
// deletion) is written. Where a break has no character to carry the mark, the editor writes a zero-width space
// (U+200B) that belongs to the suggestion alone.
//
// Rejecting a suggestion removes its inserted text (joining blocks across a suggested break) and the deletion
// mark from its agreed text (dropping its zero-width spaces); accepting removes its deleted text (joining blocks
// across a suggested join) and the insertion mark (dropping its zero-width spaces).

export const ZERO_WIDTH_SPACE = "\u200B";

export interface SuggestionRun {
  kind: SuggestionKind;
  id: string;
  author: string;
  /** Document positions: the run starts at `from` and ends at `to`, possibly in a later textblock. */
  from: number;
  to: number;
}

interface OpenRun extends SuggestionRun {
  mark: Mark;
  startsBlock: boolean;
  endsBlock: boolean;
  firstBlock: number;
  lastBlock: number;
}

const suggestionMarkOf = (node: ProseMirrorNode): Mark | undefined =>
  node.marks.find((mark) => (SUGGESTION_KINDS as readonly string[]).includes(mark.type.name));

const sameSuggestion = (run: OpenRun, mark: Mark) => run.mark.eq(mark);

/** Every suggestion run of a document, in document order, with runs across suggested breaks joined. */
export function suggestionRuns(doc: ProseMirrorNode): SuggestionRun[] {
  return openRuns(doc).map(({ kind, id, author, from, to }) => ({ kind, id, author, from, to }));
}

function openRuns(doc: ProseMirrorNode): OpenRun[] {
  const inBlocks: OpenRun[] = [];
  let block = 0;
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const start = pos + 1;
    const last = node.childCount - 1;
    node.forEach((child, offset, index) => {
      const mark = suggestionMarkOf(child);
      if (!mark) return;
      const from = start + offset;
      const to = from + child.nodeSize;
      const previous = inBlocks.at(-1);
      if (previous && previous.lastBlock === block && previous.to === from && sameSuggestion(previous, mark)) {
        previous.to = to;
        previous.endsBlock = index === last;
        return;
      }
      inBlocks.push({
        kind: mark.type.name as SuggestionKind,
        id: String(mark.attrs.id),
        author: String(mark.attrs.author),
        mark,
        from,
        to,
        startsBlock: offset === 0,
        endsBlock: index === last,
        firstBlock: block,
        lastBlock: block,
      });
    });
    block += 1;
    return false;
  });
  const runs: OpenRun[] = [];
  for (const run of inBlocks) {
    const previous = runs.at(-1);
    if (previous && previous.endsBlock && run.startsBlock && run.firstBlock === previous.lastBlock + 1 && sameSuggestion(previous, run.mark)) {
      previous.to = run.to;
      previous.endsBlock = run.endsBlock;
      previous.lastBlock = run.lastBlock;
    } else {
      runs.push(run);
    }
  }
  return runs;
}

export type Decision = "accept" | "reject";

/**
 * The document with the selected suggestions accepted or rejected; the others stay as they are.
 * Throws only on a document no editor writes (a run whose removal ProseMirror cannot fit).
 */
export function resolveSuggestions(doc: ProseMirrorNode, select: (run: SuggestionRun) => boolean, decision: Decision): ProseMirrorNode {
  const removed: SuggestionKind = decision === "reject" ? "insertion" : "deletion";
  const runs = openRuns(doc).filter(select);
  if (runs.length === 0) return doc;
  const tr = new Transform(doc);
  // Ranges to delete, from the end backwards: each deletion leaves the positions before it where they were.
  const deletions: Array<{ from: number; to: number }> = [];
  const unmark: OpenRun[] = [];
  for (const run of runs) {
    if (run.kind === removed) {
      deletions.push({ from: run.from, to: run.to });
      continue;
    }
    unmark.push(run);
    doc.nodesBetween(run.from, run.to, (node, pos) => {
      if (!node.isText) return true;
      const text = node.text!;
      for (let i = text.indexOf(ZERO_WIDTH_SPACE); i !== -1; i = text.indexOf(ZERO_WIDTH_SPACE, i + 1)) {
        const at = pos + i;
        if (at >= run.from && at < run.to) deletions.push({ from: at, to: at + 1 });
      }
      return false;
    });
  }
  deletions.sort((a, b) => b.from - a.from);
  for (const { from, to } of deletions) tr.delete(tr.mapping.map(from), tr.mapping.map(to, -1));
  for (const run of unmark) {
    const from = tr.mapping.map(run.from);
    const to = tr.mapping.map(run.to, -1);
    if (from < to) tr.removeMark(from, to, run.mark);
  }
  return tr.doc;
}

/** The agreed text: every suggestion rejected. */
export const agreedText = (doc: ProseMirrorNode): ProseMirrorNode => resolveSuggestions(doc, () => true, "reject");

/** The text as it would read with every suggestion accepted. */
export const acceptedText = (doc: ProseMirrorNode): ProseMirrorNode => resolveSuggestions(doc, () => true, "accept");

export type SuggestionProblem = { code: "changes_agreed_text" | "not_yours"; detail: string };

/**
 * Checks a change to a section by `author` against the suggestion rules; null when it keeps them.
 *
 * `mode: "suggest"` (the author may only suggest here): the agreed text must be exactly what it was, and so must
 * the section with the author's own suggestions rejected. Text typed without a mark, or deleted outright, changes
 * both; a suggestion of someone else's added, altered, moved or removed survives the author's rejection and
 * changes the second; the author stays free to write, change and withdraw their own.
 *
 * `mode: "write"` (the author may edit the section): any edit is theirs to make, but a suggestion that was not
 * there before must be theirs: nobody is made the author of words they did not propose.
 */
export function suggestionProblem(before: ProseMirrorNode, after: ProseMirrorNode, author: string, mode: "suggest" | "write"): SuggestionProblem | null {
  const owners = new Map<string, string>();
  for (const run of openRuns(before)) owners.set(run.id, run.author);
  const seen = new Map<string, string>();
  for (const run of openRuns(after)) {
    const known = seen.get(run.id) ?? owners.get(run.id);
    if (known !== undefined && known !== run.author) {
      return { code: "not_yours", detail: `suggestion ${run.id} is ${known}'s, not ${run.author}'s` };
    }
    if (!owners.has(run.id) && run.author !== author) {
      return { code: "not_yours", detail: `a new suggestion attributed to ${run.author}` };
    }
    seen.set(run.id, run.author);
  }
  if (mode === "write") return null;
  // Both equations are checked: the agreed text (every suggestion rejected) is the promise made to the owners,
  // and the section with only the author's suggestions rejected keeps everyone else's as they were.
  if (!agreedText(after).eq(agreedText(before))) return { code: "changes_agreed_text", detail: "changes the agreed text" };
  const own = (run: SuggestionRun) => run.author === author;
  if (!resolveSuggestions(after, own, "reject").eq(resolveSuggestions(before, own, "reject"))) {
    return { code: "not_yours", detail: "changes someone else's suggestion" };
  }
  return null;
}
