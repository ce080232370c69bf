import { Fragment, Slice, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { Selection, TextSelection, type EditorState, type Transaction } from "@tiptap/pm/state";
import { ReplaceAroundStep, ReplaceStep, Transform } from "@tiptap/pm/transform";
import { SUGGESTION_KINDS } from "../../../../../shared/editor/marks/suggestion";
import { acceptedText, suggestionProblem } from "../../../../../shared/editor/suggestions";
import { netChanges, type NetChange } from "./netChanges";
import { suggestDeletion, type EditNotes } from "./suggestDeletion";
import { suggestInsertion } from "./suggestInsertion";
import { Refused, type SuggestRefusal, type Suggester } from "./suggester";

export type SuggestOutcome = { tr: Transaction } | { refused: SuggestRefusal };

/** Where one change landed in the rewritten document, valid after `steps` steps of it. */
interface Landing {
  change: NetChange;
  /** Before the struck text, after it (where the insertion starts), and after the insertion. */
  struckStart: number;
  struckEnd: number;
  insertedEnd: number;
  steps: number;
}

/**
 * The same edit as `tr` (made on `state`), written as suggestions by `me`, or why it cannot be. What the user
 * deleted is struck (or, when it was their own suggestion, removed); what they inserted is marked as theirs.
 * Only text and paragraph breaks are suggestible in v1: formatting, wrapping, line breaks and footnotes are
 * refused. The result is checked before it is returned: it never changes the agreed text or anyone else's
 * suggestion (the server's rule), and accepting it gives exactly what the user's own edit would have, unless it
 * had to leave someone else's suggestion (or an agreed zero-width space) alone, read the deletion of an
 * invisible zero-width space as taking back the author's own paragraph break, or was made beside struck text.
 */
export function suggestChange(state: EditorState, tr: Transaction, me: Suggester): SuggestOutcome {
  if (!tr.docChanged) return { tr };
  // ReplaceAroundStep wraps, lifts or retypes blocks (a list, a heading); the other steps change marks or
  // attributes. Neither is text a mark can carry.
  if (tr.steps.some((step) => step instanceof ReplaceAroundStep)) return { refused: "structure" };
  if (!tr.steps.every((step) => step instanceof ReplaceStep)) return { refused: "formatting" };
  const out = state.tr;
  const notes: EditNotes = { skippedOthers: false, tookBackBreak: false, keptAgreedZeroWidth: false };
  const landings: Landing[] = [];
  const changes = netChanges(tr);
  try {
    for (const change of changes) {
      const struck = suggestDeletion(out, out.mapping.map(change.from, -1), out.mapping.map(change.to, 1), me, notes);
      const before = out.steps.length;
      const inserted = suggestInsertion(out, struck.end, tr.doc.slice(change.newFrom, change.newTo), me);
      const struckStart = out.mapping.slice(before).map(struck.start, -1);
      landings.push({ change, struckStart, struckEnd: inserted.start, insertedEnd: inserted.end, steps: out.steps.length });
    }
  } catch (error) {
    if (error instanceof Refused) return { refused: error.reason };
    throw error;
  }
  if (suggestionProblem(state.doc, out.doc, me.author, "suggest") !== null) return { refused: "unsure" };
  // Beside struck text the plain edit has no meaning of its own to compare with: a break typed inside a
  // deletion would, in the plain edit, sit inside the deletion run, and accepting it would take the break away.
  const besideDeletion = changes.some((change) => touchesDeletion(state.doc, change));
  if (!notes.skippedOthers && !notes.tookBackBreak && !notes.keptAgreedZeroWidth && !besideDeletion) {
    const intended = intendedDoc(state.doc, tr);
    if (!intended || !acceptedText(out.doc).eq(acceptedText(intended))) return { refused: "unsure" };
  }
  setSelection(out, state, tr, landings);
  copyMeta(tr, out);
  if (tr.storedMarks) out.setStoredMarks(tr.storedMarks.filter((mark) => !isSuggestionType(mark.type.name)));
  if (tr.scrolledIntoView) out.scrollIntoView();
  return { tr: out };
}

/** `suggestChange` for callers that only need the transaction: null when the edit cannot be suggested. */
export function suggestTransaction(state: EditorState, tr: Transaction, me: Suggester): Transaction | null {
  const outcome = suggestChange(state, tr, me);
  return "tr" in outcome ? outcome.tr : null;
}

function touchesDeletion(doc: ProseMirrorNode, { from, to }: NetChange): boolean {
  let found = false;
  doc.nodesBetween(Math.max(from - 1, 0), Math.min(to + 1, doc.content.size), (node) => {
    found ||= node.marks.some((mark) => mark.type.name === "deletion");
    return !found;
  });
  return found;
}

const isSuggestionType = (name: string) => (SUGGESTION_KINDS as readonly string[]).includes(name);

/** The user's edit with whatever suggestion marks its new content carried dropped: what they meant to write. */
function intendedDoc(doc: ProseMirrorNode, tr: Transaction): ProseMirrorNode | null {
  const intended = new Transform(doc);
  for (const step of tr.steps) {
    if (!(step instanceof ReplaceStep)) return null;
    const { content, openStart, openEnd } = step.slice;
    if (intended.maybeStep(new ReplaceStep(step.from, step.to, new Slice(unmarked(content), openStart, openEnd))).failed) return null;
  }
  return intended.doc;
}

function unmarked(content: Fragment): Fragment {
  const nodes: ProseMirrorNode[] = [];
  content.forEach((node) => {
    const marks = node.marks.filter((mark) => !isSuggestionType(mark.type.name));
    nodes.push(node.isText ? node.mark(marks) : node.type.create(node.attrs, unmarked(node.content), marks));
  });
  return Fragment.fromArray(nodes);
}

/**
 * The caret where typing feels normal: after inserted text; after Backspace before the text it struck (so the
 * next Backspace strikes the character before); after Delete, or a selection deleted, after the struck text.
 */
function setSelection(out: Transaction, state: EditorState, tr: Transaction, landings: Landing[]) {
  const back = tr.mapping.invert();
  const place = (pos: number): number => {
    for (const landing of landings) {
      const { change } = landing;
      if (pos < change.newFrom || pos > change.newTo) continue;
      const later = out.mapping.slice(landing.steps);
      if (change.newFrom === change.newTo) {
        const backspace = state.selection.empty && state.selection.from === change.to;
        return later.map(backspace ? landing.struckStart : landing.struckEnd, -1);
      }
      return pos === change.newFrom ? later.map(landing.struckEnd, -1) : later.map(landing.insertedEnd, 1);
    }
    return out.mapping.map(back.map(pos));
  };
  const { selection } = tr;
  const head = out.doc.resolve(place(selection.head));
  const anchor = selection.empty ? head : out.doc.resolve(place(selection.anchor));
  out.setSelection(selection instanceof TextSelection ? TextSelection.between(anchor, head) : Selection.near(head));
}

/** What the editor and its plugins noted on the user's transaction (paste, input type, history) applies to ours. */
function copyMeta(from: Transaction, to: Transaction) {
  // Transaction keeps its metadata in a field it does not expose for listing; read it, never write it.
  const meta: unknown = Reflect.get(from, "meta");
  if (typeof meta !== "object" || meta === null) return;
  for (const [key, value] of Object.entries(meta)) to.setMeta(key, value);
}
