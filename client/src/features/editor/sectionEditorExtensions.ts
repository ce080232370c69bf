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
import type { EditorMode } from "../../review/sectionAccess";
import { SuggestionMarks, type SuggestionMarksOptions } from "./suggestions/SuggestionMarks";
import { SuggestingMode } from "./suggesting/SuggestingMode";
import { OwnWordsStayOwn } from "./suggestions/OwnWordsStayOwn";
import { BlockDirection } from "./BlockDirection";
import { footnoteLabels } from "./footnotes/footnoteLocation";
import type { Translate } from "../../i18n/useLocale";
import type { MessageId } from "../../i18n/catalogues";
import { PassageLanguage } from "./PassageLanguage";

export interface SectionEditorSetup {
  doc: Y.Doc;
  awareness: Awareness;
  sectionId: string;
  /** Editing (changes go in), suggesting (changes become the reader's suggestions) or viewing. */
  mode: EditorMode;
  review: ReviewHighlightsOptions;
  suggestions: SuggestionMarksOptions;
  /** A change that cannot be made as a suggestion was stopped: say why (the id of the words). */
  onSuggestionBlocked(message: MessageId): void;
  /** This section's place in the paper's footnote numbering. */
  footnotes: SectionNumbering;
  /** A footnote is to be written, edited or read. */
  onFootnote(request: FootnoteRequest): void;
  /** The reader's language: the placeholder, footnote references' names, a caret without a name. */
  t: Translate;
}

/**
 * The shared extension list (the schema everyone uses), bound to this section's fragment of the document's
 * Y.Doc, with this section's carets and how the page draws it. Each editor gets its own undo stack, scoped to
 * its fragment, from Collaboration. Comment threads and amendments are highlighted where they are anchored.
 * Footnotes get their node view in place of the shared node, at the same place in the list: the schema stays
 * the one the server and the exports derive. They are numbered through the paper, after earlier sections' notes.
 * Suggestions are coloured by author; in suggesting mode every change of the reader's becomes a suggestion (or
 * is stopped, with a reason, when it cannot be one).
 */
export function sectionEditorExtensions({ doc, awareness, sectionId, mode, review, suggestions, onSuggestionBlocked, footnotes, onFootnote, t }: SectionEditorSetup): Extensions {
  const editing = mode === "editing";
  return [
    ...extensions.map((extension) => (extension.name === FootnoteView.name ? FootnoteView.configure({ editable: editing, numbering: footnotes, labels: footnoteLabels(t), onOpen: onFootnote }) : extension)),
    Collaboration.configure({ document: doc, field: sectionRootName(sectionId) }),
    SectionCaret.configure({ awareness, sectionId, someone: t("needs.someone") }),
    SectionHeadingView,
    BlockDirection,
    PassageLanguage,
    ReviewHighlights.configure(review),
    SuggestionMarks.configure(suggestions),
    ...(mode === "suggesting" ? [SuggestingMode.configure({ enabled: () => true, author: suggestions.meId, onBlocked: onSuggestionBlocked })] : []),
    ...(editing ? [OwnWordsStayOwn] : []),
    editing ? Placeholder.configure({ placeholder: t("editor.placeholder") }) : mode === "viewing" ? ReadOnlyGuard : null,
  ].filter((extension) => extension !== null);
}
