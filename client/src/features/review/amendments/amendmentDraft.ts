import type { Anchor } from "../../../../../shared/api/threads";

/** An amendment about to be proposed: where, the text as it is, and (prefilled or typed) what it should be. */
export interface AmendmentDraft {
  sectionId: string;
  sectionTitle: string;
  anchor: Anchor;
  originalText: string;
  proposedText: string;
  reason: string;
}
