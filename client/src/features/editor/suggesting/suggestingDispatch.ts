import { PluginKey, type EditorState, type Transaction } from "@tiptap/pm/state";
import { ySyncPluginKey, yUndoPluginKey } from "@tiptap/y-tiptap";
import { suggestChange } from "./suggestTransaction";
import type { SuggestRefusal, Suggester } from "./suggester";

/** Marks the transactions the suggesting transform wrote: the only local document changes let through. */
export const suggestingPluginKey = new PluginKey<null>("suggestingMode");

export type DispatchDecision = { kind: "pass" } | { kind: "replace"; tr: Transaction } | { kind: "block"; reason: SuggestRefusal };

/**
 * Changes that come from the Y.Doc: other people's edits, the first rendering of the section, and undo and redo
 * (y-tiptap's undo manager changes the Y.Doc and the binding renders the result, with `addToHistory: false`).
 * They are already in the shared document; rewriting them would be writing someone else's words as ours. An
 * undo of a suggestion only takes back what its author wrote, and the server checks it like any update.
 */
export const isCollaborationChange = (tr: Transaction): boolean =>
  tr.getMeta(ySyncPluginKey) !== undefined || tr.getMeta(yUndoPluginKey) !== undefined;

/**
 * What the editor does with a transaction while suggesting: let it through (nothing of the text changes, or it
 * came from the Y.Doc), replace it by the same edit written as suggestions, or block it.
 */
export function suggestingDecision(state: EditorState, tr: Transaction, me: Suggester): DispatchDecision {
  if (!tr.docChanged || isCollaborationChange(tr)) return { kind: "pass" };
  const typed = inputRuleTyping(state, tr);
  const outcome = suggestChange(state, typed ?? tr, me);
  if ("refused" in outcome) return { kind: "block", reason: outcome.refused };
  return { kind: "replace", tr: outcome.tr.setMeta(suggestingPluginKey, true) };
}

/**
 * Input rules are off while suggesting: "## " would make a heading, "**a**" bold, "- " a list, none of which is
 * suggestible. Tiptap's input rules mark the transaction they dispatch with what was typed, where; the typing
 * itself is suggested instead, as if no rule had matched.
 */
function inputRuleTyping(state: EditorState, tr: Transaction): Transaction | null {
  for (const plugin of state.plugins) {
    if (Reflect.get(plugin.spec, "isInputRules") !== true) continue;
    const typed: unknown = tr.getMeta(plugin);
    if (typeof typed !== "object" || typed === null) continue;
    const { from, to, text } = typed as Record<string, unknown>;
    if (typeof from !== "number" || typeof to !== "number" || typeof text !== "string") continue;
    // Enter, for the rules that answer it (three backticks make a code block), is a paragraph break.
    if (text === "\n") return state.tr.delete(from, to).split(from).scrollIntoView();
    return state.tr.insertText(text, from, to).scrollIntoView();
  }
  return null;
}
