import { Mark, mergeAttributes } from "@tiptap/core";

// Suggestions are two text marks: `insertion` on words someone proposes to add, `deletion` on agreed words someone
// proposes to remove (they stay in the text until the suggestion is accepted). Each carries the suggestion's id
// and its author's user id. In the Y.Doc they are formatting attributes of the text (key "insertion" or
// "deletion", value `{ id, author }`), which is what a stock client writes to make a suggestion; the guard proves
// that a suggester's update never changes the agreed text (see shared/editor/suggestions.ts).
//
// Each excludes both: a character belongs to at most one suggestion. Neither is inclusive: typing at the edge of
// someone's suggestion does not extend it. Neither is read from pasted HTML: a suggestion is made by its author
// in this editor, never copied in with someone else's name on it.

export const SUGGESTION_KINDS = ["insertion", "deletion"] as const;
export type SuggestionKind = (typeof SUGGESTION_KINDS)[number];

/** Letters, digits, "-" and "_", up to 40: made by the author's editor, unique within the document. */
export const SUGGESTION_ID = /^[A-Za-z0-9_-]{1,40}$/;
/** Authors are user ids. */
export const SUGGESTION_AUTHOR = /^[A-Za-z0-9_-]{1,64}$/;

export interface SuggestionAttrs {
  id: string;
  author: string;
}

/** Null when a suggestion mark's attributes are well formed, otherwise what is wrong. */
export function suggestionAttrsProblem(value: unknown): string | null {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "a suggestion needs an id and an author";
  const keys = Object.keys(value);
  if (keys.some((key) => key !== "id" && key !== "author")) return "a suggestion carries only an id and an author";
  const { id, author } = value as Record<string, unknown>;
  if (typeof id !== "string" || !SUGGESTION_ID.test(id)) return "a suggestion's id is 1 to 40 letters, digits, - or _";
  if (typeof author !== "string" || !SUGGESTION_AUTHOR.test(author)) return "a suggestion's author is a user id";
  return null;
}

const suggestionMark = (kind: SuggestionKind, tag: "ins" | "del") =>
  Mark.create({
    name: kind,
    inclusive: false,
    excludes: SUGGESTION_KINDS.join(" "),
    addAttributes() {
      return {
        id: { default: null, parseHTML: () => null, renderHTML: (attrs) => ({ "data-suggestion": attrs.id }) },
        author: { default: null, parseHTML: () => null, renderHTML: (attrs) => ({ "data-author": attrs.author }) },
      };
    },
    // Never parsed: see above.
    parseHTML() {
      return [];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, mergeAttributes(HTMLAttributes, { class: `suggestion suggestion-${kind}` }), 0];
    },
  });

export const Insertion = suggestionMark("insertion", "ins");
export const Deletion = suggestionMark("deletion", "del");
