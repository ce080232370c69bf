import { Extension } from "@tiptap/core";
import { Plugin } from "@tiptap/pm/state";
import { SUGGESTION_AUTHOR } from "../../../../../shared/editor/marks/suggestion";
import { isCollaborationChange, suggestingDecision, suggestingPluginKey } from "./suggestingDispatch";
import { SUGGEST_REFUSAL_MESSAGES } from "./suggester";
import { newSuggestionId } from "./newSuggestionId";
import type { MessageId } from "../../../i18n/catalogues";

export interface SuggestingModeOptions {
  /** Read at every transaction: the mode can be switched without rebuilding the editor. */
  enabled: () => boolean;
  /** The suggester's user id, written on every suggestion they make. */
  author: string;
  /** A change was stopped because it cannot be a suggestion; `reason` says why: the id of the words for the user. */
  onBlocked(reason: MessageId): void;
  /** Where new suggestion ids come from (random by default). */
  newId?: () => string;
}

/**
 * Suggesting mode: while `enabled()`, each change the user makes is written as their suggestion (see
 * suggestTransaction.ts) or stopped with a reason; nothing unmarked reaches the Y.Doc, which the server would
 * refuse. Tiptap 3's `dispatchTransaction` hook sees every transaction the view dispatches (keys, typing,
 * paste, drop, commands, and also y-tiptap's renderings of remote changes, which pass untouched).
 *
 * Plugins' appended transactions (ProseMirror's `appendTransaction`) never pass through dispatch: autolink
 * adding a link mark after a space, paste rules marking URLs, a table fixing its cells. Each would be a plain,
 * unmarked change of the shared text by this reader, so the plugin below drops every change of the document
 * that the transform did not write and that did not come from the Y.Doc. The user's own edit still applies;
 * only the plugin's addition is lost (no link mark while suggesting). The same filter catches a transaction
 * dispatched past the hook (an editor built with `enableExtensionDispatchTransaction: false`): it is dropped,
 * never sent unmarked.
 */
export const SuggestingMode = Extension.create<SuggestingModeOptions>({
  name: "suggestingMode",

  addOptions() {
    return { enabled: () => true, author: "", onBlocked: () => {}, newId: undefined };
  },

  dispatchTransaction({ transaction, next }) {
    const { enabled, author, onBlocked, newId } = this.options;
    if (!enabled()) return next(transaction);
    // Without a user id to sign them, suggestions cannot be made at all; stop the change rather than send it.
    if (!SUGGESTION_AUTHOR.test(author) && transaction.docChanged && !isCollaborationChange(transaction)) {
      return onBlocked(SUGGEST_REFUSAL_MESSAGES.unsure);
    }
    const decision = suggestingDecision(this.editor.state, transaction, { author, newId: newId ?? newSuggestionId });
    if (decision.kind === "pass") return next(transaction);
    if (decision.kind === "replace") return next(decision.tr);
    onBlocked(SUGGEST_REFUSAL_MESSAGES[decision.reason]);
  },

  addProseMirrorPlugins() {
    const enabled = () => this.options.enabled();
    return [
      new Plugin({
        key: suggestingPluginKey,
        filterTransaction: (tr) => !enabled() || !tr.docChanged || tr.getMeta(suggestingPluginKey) === true || isCollaborationChange(tr),
      }),
    ];
  },
});
