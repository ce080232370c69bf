import type { Mark, Node as ProseMirrorNode } from "@tiptap/pm/model";
import { SUGGESTION_KINDS, type SuggestionKind } from "../../../../../shared/editor/marks/suggestion";
import type { MessageId } from "../../../i18n/catalogues";

/** Who is suggesting: their user id, and where new suggestion ids come from. */
export interface Suggester {
  author: string;
  newId(): string;
}

/**
 * Why an edit cannot be written as a suggestion (v1). The editor blocks such an edit and says why: sending it
 * unmarked would change the agreed text, which the server refuses.
 */
export type SuggestRefusal = "formatting" | "inline_node" | "join" | "code" | "structure" | "unsure";

/** What the user is told for each, by its id in the catalogues. */
export const SUGGEST_REFUSAL_MESSAGES: Record<SuggestRefusal, MessageId> = {
  formatting: "editor.refusal.formatting",
  inline_node: "editor.refusal.inline_node",
  join: "editor.refusal.join",
  code: "editor.refusal.code",
  structure: "editor.refusal.structure",
  unsure: "editor.refusal.unsure",
};

/** Thrown inside the transform, caught at its edge: an edit that cannot be suggested, and why. */
export class Refused extends Error {
  constructor(readonly reason: SuggestRefusal) {
    super(reason);
  }
}

/** The suggestion mark a node carries (a node has at most one: each mark excludes both). */
export const suggestionMarkOf = (node: ProseMirrorNode | null | undefined): Mark | undefined =>
  node?.marks.find((mark) => (SUGGESTION_KINDS as readonly string[]).includes(mark.type.name));

export const isSuggestion = (mark: Mark | undefined, kind: SuggestionKind, author?: string): mark is Mark =>
  mark !== undefined && mark.type.name === kind && (author === undefined || mark.attrs.author === author);

/** The id of `node`'s suggestion when it is `author`'s own of this kind. */
export function ownSuggestionId(node: ProseMirrorNode | null | undefined, kind: SuggestionKind, author: string): string | undefined {
  const mark = suggestionMarkOf(node);
  return isSuggestion(mark, kind, author) ? String(mark.attrs.id) : undefined;
}
