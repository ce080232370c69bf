import { diffWordsWithSpace } from "diff";
import type { DiffOp } from "./api/versions";

/**
 * The word-level differences between two texts, in order: what stays, what goes, what comes. One function for the
 * versions page (on the server), and the amendment and suggestion cards (in the browser), so that a change reads
 * the same wherever it is shown. Spaces count as text, so joining the equal and inserted parts gives `after` back.
 */
export function wordDiff(before: string, after: string): DiffOp[] {
  return diffWordsWithSpace(before, after).map((part) => ({
    type: part.added ? "insert" : part.removed ? "delete" : "equal",
    text: part.value,
  }));
}
