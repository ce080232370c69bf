import { useEffect, useId, useRef, useState } from "react";
import { EditorContent, useEditor } from "@tiptap/react";
import type * as Y from "yjs";
import type { EditorView } from "@tiptap/pm/view";
import type { Awareness } from "y-protocols/awareness";
import { sectionEditorExtensions } from "./sectionEditorExtensions";
import { EditorToolbar } from "./toolbar/EditorToolbar";
import { SelectionActions } from "./SelectionActions";
import { refreshReviewHighlights, type MarkRanges, type ReviewMark } from "./ReviewHighlights";
import { isAmendShortcut, isCommentShortcut } from "./reviewShortcuts";
import type { ConnectionStatus } from "../../collab/connectionStatus";
import { selectionAnchor, type SelectedText } from "../../review/editorAnchors";
import { SaveStatus } from "../collab/SaveStatus";
import { openFootnoteAtSelection, type FootnoteRequest } from "./footnotes/FootnoteView";
import { FootnoteDialog } from "./footnotes/FootnoteDialog";
import { FootnoteReader } from "./footnotes/FootnoteReader";
import type { SectionNumbering } from "./footnotes/paperNumbering";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { SuggestionInfo } from "../../../../shared/api/suggestions";
import type { EditorMode } from "../../review/sectionAccess";
import type { SuggestionView } from "./suggestions/ModeSwitch";
import { SuggestionPreview } from "./suggestions/SuggestionPreview";
import { SuggestingBar } from "./suggestions/SuggestingBar";
import { refreshSuggestionMarks } from "./suggestions/SuggestionMarks";
import { SelectionDecisions } from "./suggestions/SelectionDecisions";
import { SuggestionAtCaret } from "./suggestions/SuggestionAtCaret";
import { directionOf, type DocumentLanguage } from "../../../../shared/languages";
import { useFormats, useT } from "../../i18n/useLocale";
import type { MessageId } from "../../i18n/catalogues";
import { suggestionLabels } from "./suggestions/suggestionWords";

/** How a section's text and its comments and amendments talk to each other. */
export interface ReviewBridge {
  marks: readonly ReviewMark[];
  /** The thread or amendment shown as current: its text is highlighted more strongly. */
  active: string | null;
  /** Bring this one's text into view (a new `n` each time it is asked). */
  scrollRequest: { id: string; n: number } | null;
  onActivate(id: string): void;
  onRanges(ranges: MarkRanges): void;
  onComment(selection: SelectedText): void;
  /** Offered in sections the reader may not edit. */
  onPropose(selection: SelectedText): void;
  /** Nothing is selected: say what to do. */
  onNothingSelected(message: string): void;
}

interface Props {
  documentId: string;
  sectionId: string;
  /** May accept or reject the section's suggestions (then the selection offers to, for those it touches). */
  decidesSuggestions: boolean;
  sectionTitle: string;
  /** What the section is written in: the text gets its `lang` and `dir`. */
  language: DocumentLanguage;
  /** Editing, suggesting (the reader's changes become suggestions) or viewing. */
  mode: EditorMode;
  /** What the text shows: the live text with its suggestions, or a preview with all accepted or all rejected. */
  view: SuggestionView;
  meId: string;
  /** Who made each suggestion, as the server recorded it. */
  suggestionInfo(id: string): SuggestionInfo | undefined;
  /** Changes when the server records who made a suggestion: the editor names them again. */
  suggestionInfoVersion: number;
  /** The section's text changed (for counting its suggestions). */
  onText(doc: ProseMirrorNode): void;
  doc: Y.Doc;
  awareness: Awareness;
  status: ConnectionStatus;
  review: ReviewBridge;
  /** This section's place in the paper's footnote numbering (stable for the section). */
  footnotes: SectionNumbering;
}

/**
 * The browser's selection in this text, as editor positions. The editor reads selection changes a moment after
 * they happen; a shortcut pressed right after Shift+End must not see the selection from before.
 */
function domSelection(view: EditorView): { from: number; to: number } | null {
  const selection = window.getSelection();
  if (!selection || selection.isCollapsed || !selection.anchorNode || !selection.focusNode) return null;
  if (!view.dom.contains(selection.anchorNode) || !view.dom.contains(selection.focusNode)) return null;
  try {
    const anchor = view.posAtDOM(selection.anchorNode, selection.anchorOffset);
    const focus = view.posAtDOM(selection.focusNode, selection.focusOffset);
    return { from: Math.min(anchor, focus), to: Math.max(anchor, focus) };
  } catch {
    // A selection edge ProseMirror cannot place (inside a caret's name label): use the editor's own.
    return null;
  }
}

const isLinkShortcut = (event: KeyboardEvent) => (event.metaKey || event.ctrlKey) && !event.altKey && event.key.toLowerCase() === "k";

/**
 * One section's live text, bound to its fragment of the document's Y.Doc. Editable sections get the toolbar;
 * read-only ones show the same live text (and the others' carets) with the actions for commenting and
 * proposing amendments. Comment threads and amendments are highlighted in both.
 */
export function SectionEditor(props: Props) {
  const { sectionId, sectionTitle, language, mode, view, meId, doc, awareness, status, review, footnotes } = props;
  // Suggesting is typing too: only viewing is read-only.
  const editable = mode !== "viewing";
  const editing = mode === "editing";
  const t = useT();
  const formats = useFormats();
  const editorId = useId();
  const [blocked, setBlocked] = useState<MessageId | null>(null);
  const [linkOpen, setLinkOpen] = useState(false);
  const [footnote, setFootnote] = useState<FootnoteRequest | null>(null);
  const [selecting, setSelecting] = useState(false);
  const selectingRef = useRef(false);
  selectingRef.current = selecting;
  const toggle = useRef<HTMLButtonElement | null>(null);
  // The editor's plugins read the latest marks and callbacks through this, without being rebuilt.
  const latest = useRef(review);
  const latestProps = useRef(props);
  useEffect(() => {
    latest.current = review;
    latestProps.current = props;
  });

  const startFromSelection = (action: "comment" | "propose") => {
    const current = editorRef.current;
    const selected = current ? selectionAnchor(current.state, domSelection(current.view) ?? current.state.selection) : null;
    if (!selected) {
      latest.current.onNothingSelected(t(action === "comment" ? "editor.nothingSelected.comment" : "editor.nothingSelected.amend"));
      return;
    }
    if (action === "comment") latest.current.onComment(selected);
    else latest.current.onPropose(selected);
  };
  const start = useRef(startFromSelection);
  useEffect(() => {
    start.current = startFromSelection;
  });

  // The section's language and direction; each block with words then takes its own direction (BlockDirection).
  const languageAttributes = { lang: language, dir: directionOf(language) };
  const readAttributes = { id: editorId, ...languageAttributes, class: "prose editor__text editor__text--readonly", role: "presentation" };
  const editor = useEditor(
    {
      extensions: sectionEditorExtensions({
        doc,
        awareness,
        sectionId,
        mode,
        suggestions: { info: (id) => latestProps.current.suggestionInfo(id), meId, label: suggestionLabels(t, formats) },
        onSuggestionBlocked: setBlocked,
        review: {
          getMarks: () => latest.current.marks,
          getActive: () => latest.current.active,
          onRanges: (ranges) => latest.current.onRanges(ranges),
          onActivate: (id) => latest.current.onActivate(id),
        },
        footnotes,
        onFootnote: setFootnote,
        t,
      }),
      editable,
      // Keyboard selection ends when the keyboard leaves the text (to write the comment, say).
      onBlur: () => setSelecting(false),
      onCreate: ({ editor: created }) => latestProps.current.onText(created.state.doc),
      onUpdate: ({ editor: updated }) => {
        latestProps.current.onText(updated.state.doc);
        setBlocked(null);
      },
      editorProps: {
        attributes: editable
          ? {
              id: editorId,
              ...languageAttributes,
              class: editing ? "prose editor__text" : "prose editor__text editor__text--suggesting",
              role: "textbox",
              "aria-multiline": "true",
              "aria-label": t(editing ? "editor.text.label" : "editor.text.suggestingLabel", { title: sectionTitle }),
            }
          : // Read-only text is plain content (its headings stay navigable), not a text field.
            readAttributes,
        handleKeyDown: (_view, event) => {
          if (isCommentShortcut(event)) {
            event.preventDefault();
            start.current("comment");
            return true;
          }
          if (!editing && isAmendShortcut(event)) {
            event.preventDefault();
            start.current("propose");
            return true;
          }
          if (!editable && event.key === "Escape" && selectingRef.current) {
            event.preventDefault();
            setSelecting(false);
            return true;
          }
          if (!editing || !isLinkShortcut(event)) return false;
          event.preventDefault();
          setLinkOpen(true);
          return true;
        },
      },
    },
    [doc, awareness, sectionId, mode, meId, sectionTitle, editorId, footnotes, language, t, formats],
  );
  const editorRef = useRef(editor);
  editorRef.current = editor;

  // A new editor (the section was locked, say) has other positions and rights: a note opened in the old one closes.
  useEffect(() => setFootnote(null), [editor]);

  // The server recorded who made a suggestion: name them on the text.
  useEffect(() => {
    if (editor && !editor.isDestroyed) refreshSuggestionMarks(editor.view);
  }, [editor, props.suggestionInfoVersion]);

  // New or changed threads and amendments, or another current one: highlight again.
  const marksKey = JSON.stringify(review.marks) + (review.active ?? "");
  useEffect(() => {
    if (editor && !editor.isDestroyed) refreshReviewHighlights(editor.view);
  }, [editor, marksKey]);

  // Bring a thread's text into view when asked (after the highlight has been drawn as current).
  const scrollTo = review.scrollRequest;
  useEffect(() => {
    if (!editor || !scrollTo) return;
    const frame = requestAnimationFrame(() => {
      const id = CSS.escape(scrollTo.id);
      const mark = editor.view.dom.querySelector(`[data-review-id="${id}"], [data-suggestion="${id}"]`);
      mark?.scrollIntoView({ block: "center", behavior: "smooth" });
    });
    return () => cancelAnimationFrame(frame);
  }, [editor, scrollTo?.n]);

  // Keyboard selection in read-only text: a caret and Shift+arrows, with the text still unchangeable.
  useEffect(() => {
    if (!editor || editable || editor.isDestroyed) return;
    const attributes = selecting
      ? { id: editorId, ...languageAttributes, class: "prose editor__text editor__text--readonly editor__text--selecting", role: "textbox", "aria-readonly": "true", "aria-multiline": "true", "aria-label": t("editor.text.readOnlyLabel", { title: sectionTitle }) }
      : readAttributes;
    editor.setOptions({ editable: selecting, editorProps: { ...editor.options.editorProps, attributes } });
    if (selecting) editor.commands.focus("start");
    else if (toggle.current && editor.view.dom.contains(document.activeElement)) toggle.current.focus();
    // readAttributes is rebuilt from editorId and the title, both in the deps through the editor itself.
  }, [editor, editable, selecting]);

  // A mouse selection in read-only text leaves focus where it was: the shortcuts work from anywhere then.
  useEffect(() => {
    if (!editor || editable) return;
    const onKeyDown = (event: KeyboardEvent) => {
      const comment = isCommentShortcut(event);
      if (!comment && !isAmendShortcut(event)) return;
      const selection = window.getSelection();
      const dom = editor.view.dom;
      if (!selection || selection.isCollapsed || !dom.contains(selection.anchorNode) || dom.contains(document.activeElement)) return;
      event.preventDefault();
      start.current(comment ? "comment" : "propose");
    };
    document.addEventListener("keydown", onKeyDown);
    return () => document.removeEventListener("keydown", onKeyDown);
  }, [editor, editable]);

  return (
    <div className={editable ? "editor" : "editor editor--readonly"}>
      {editing && editor && (
        <EditorToolbar
          editor={editor}
          sectionTitle={sectionTitle}
          editorId={editorId}
          linkOpen={linkOpen}
          onLinkOpenChange={setLinkOpen}
          onComment={() => start.current("comment")}
          onFootnote={() => openFootnoteAtSelection(editor, { editable, numbering: footnotes, onOpen: setFootnote })}
          note={<SaveStatus status={status} />}
        />
      )}
      {mode === "suggesting" && editor && (
        <SuggestingBar
          sectionTitle={sectionTitle}
          blocked={blocked && t(blocked)}
          onComment={() => start.current("comment")}
          onPropose={() => start.current("propose")}
          note={<SaveStatus status={status} />}
        />
      )}
      {!editable && editor && (
        <SelectionActions
          editor={editor}
          sectionTitle={sectionTitle}
          selecting={selecting}
          onSelectingChange={setSelecting}
          onComment={() => start.current("comment")}
          onPropose={() => start.current("propose")}
          toggleRef={(element) => {
            toggle.current = element;
          }}
        />
      )}
      {/* A preview stands in for the text; the editor stays mounted (and in sync) underneath. */}
      {editor && view !== "shown" && <SuggestionPreview doc={editor.state.doc} view={view} sectionTitle={sectionTitle} />}
      <div hidden={view !== "shown"}>
        <EditorContent editor={editor} />
      </div>
      {editor && view === "shown" && <SuggestionAtCaret editor={editor} meId={meId} info={props.suggestionInfo} infoVersion={props.suggestionInfoVersion} />}
      {editor && props.decidesSuggestions && view === "shown" && (
        <SelectionDecisions editor={editor} documentId={props.documentId} sectionId={sectionId} sectionTitle={sectionTitle} />
      )}
      {editor && footnote && editing && <FootnoteDialog editor={editor} request={footnote} onClose={() => setFootnote(null)} />}
      {editor && footnote?.target && !editing && <FootnoteReader editor={editor} target={footnote.target} onClose={() => setFootnote(null)} />}
    </div>
  );
}
