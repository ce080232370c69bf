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
import { FootnoteView, type FootnoteRequest } from "./footnotes/FootnoteView";
import type { SectionNumbering } from "./footnotes/paperNumbering";

export interface SectionEditorSetup {
  doc: Y.Doc;
  awareness: Awareness;
  sectionId: string;
  editable: boolean;
  review: ReviewHighlightsOptions;
  /** This section's place in the paper's footnote numbering. */
  footnotes: SectionNumbering;
  /** A footnote is to be written, edited or read. */
  onFootnote(request: FootnoteRequest): void;
}

/**
 * The shared extension list (the schema everyone uses), bound to this section's fragment of the document's
 * Y.Doc, with this section's carets and how the page draws it. Each editor gets its own undo stack, scoped to
 * its fragment, from Collaboration. Comment threads and amendments are highlighted where they are anchored.
 * Footnotes get their node view in place of the shared node, at the same place in the list: the schema stays
 * the one the server and the exports derive. They are numbered through the paper, after earlier sections' notes.
 */
export function sectionEditorExtensions({ doc, awareness, sectionId, editable, review, footnotes, onFootnote }: SectionEditorSetup): Extensions {
  return [
    ...extensions.map((extension) => (extension.name === FootnoteView.name ? FootnoteView.configure({ editable, numbering: footnotes, onOpen: onFootnote }) : extension)),
    Collaboration.configure({ document: doc, field: sectionRootName(sectionId) }),
    SectionCaret.configure({ awareness, sectionId }),
    SectionHeadingView,
    ReviewHighlights.configure(review),
    editable ? Placeholder.configure({ placeholder: "Write this section…" }) : ReadOnlyGuard,
  ];
}
