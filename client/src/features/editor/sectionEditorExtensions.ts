import type { Extensions } from "@tiptap/core";
import { Collaboration } from "@tiptap/extension-collaboration";
import { Placeholder } from "@tiptap/extensions";
import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import { extensions } from "../../../../shared/editor/extensions";
import { sectionRootName } from "../../../../shared/collab/protocol";
import { ReadOnlyGuard } from "./ReadOnlyGuard";
import { SectionCaret } from "./SectionCaret";
import { SectionHeadingView } from "./SectionHeadingView";
import { ReviewHighlights, type ReviewHighlightsOptions } from "./ReviewHighlights";

export interface SectionEditorSetup {
  doc: Y.Doc;
  awareness: Awareness;
  sectionId: string;
  editable: boolean;
  review: ReviewHighlightsOptions;
}

/**
 * The shared extension list (the schema everyone uses), bound to this section's fragment of the document's
 * Y.Doc, with this section's carets and how the page draws it. Each editor gets its own undo stack, scoped to
 * its fragment, from Collaboration. Comment threads and amendments are highlighted where they are anchored.
 */
export function sectionEditorExtensions({ doc, awareness, sectionId, editable, review }: SectionEditorSetup): Extensions {
  return [
    ...extensions,
    Collaboration.configure({ document: doc, field: sectionRootName(sectionId) }),
    SectionCaret.configure({ awareness, sectionId }),
    SectionHeadingView,
    ReviewHighlights.configure(review),
    editable ? Placeholder.configure({ placeholder: "Write this section…" }) : ReadOnlyGuard,
  ];
}
