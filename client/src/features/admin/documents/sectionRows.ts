import { emptySectionDraft, type SectionDraft } from "../../documents/SectionInputFields";

/** A section being laid out in the create-document form; `key` keeps React and the field ids stable. */
export interface SectionRow {
  key: number;
  draft: SectionDraft;
}

export const newSectionRow = (key: number): SectionRow => ({ key, draft: emptySectionDraft() });
