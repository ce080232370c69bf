import type { ReactNode } from "react";

// The tags rich messages use (with useRichT), one element each, so that every catalogue writes them the same way:
// `"Dismiss<hidden> this message</hidden>"`, `"Approved by <bdi>{name}</bdi>"`.

/** Words for screen readers only (a button's "Delete<hidden> your comment</hidden>"). */
export const hidden = (chunks: ReactNode[]) => <span className="visually-hidden">{chunks}</span>;

/** A name (a person's, a group's, a section's) isolated from the direction of the sentence around it. */
export const bdi = (chunks: ReactNode[]) => <bdi>{chunks}</bdi>;

/**
 * Quoted words, the quotation marks the language's own (<q> takes them from `lang`), in the direction of their own
 * first letter (English words quoted in an Arabic sentence).
 */
export const q = (chunks: ReactNode[]) => <q dir="auto">{chunks}</q>;
