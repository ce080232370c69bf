import type { MouseEvent } from "react";
import type { Editor } from "@tiptap/core";
import { useEditorState } from "@tiptap/react";
import { amendShortcut, commentShortcut } from "./reviewShortcuts";
import { sectionControl } from "../documents/useSectionRoving";
import { useT } from "../../i18n/useLocale";

interface Props {
  editor: Editor;
  sectionTitle: string;
  /** Keyboard selection mode: the text takes a caret (and Shift+arrows) but still cannot be changed. */
  selecting: boolean;
  onSelectingChange(selecting: boolean): void;
  onComment(): void;
  /** Offered where the reader may not edit. */
  onPropose(): void;
  toggleRef: (element: HTMLButtonElement | null) => void;
}

/**
 * For a section the reader may not edit: comment on, or propose an amendment to, the selected text. Text is
 * selected with the mouse, or with the keyboard after "Select text with the keyboard".
 */
export function SelectionActions({ editor, sectionTitle, selecting, onSelectingChange, onComment, onPropose, toggleRef }: Props) {
  const t = useT();
  const hasSelection = useEditorState({ editor, selector: ({ editor: e }) => (e ? !e.state.selection.empty : false) });
  const keep = (event: MouseEvent) => event.preventDefault();
  return (
    <div className="selection-actions" role="group" aria-label={t("editor.actions.label", { title: sectionTitle })}>
      <button
        {...sectionControl}
        type="button"
        className="button button--secondary button--small"
        aria-disabled={!hasSelection || undefined}
        aria-keyshortcuts={commentShortcut.aria}
        onMouseDown={keep}
        onClick={() => hasSelection && onComment()}
      >
        {t("editor.actions.comment")}
      </button>
      <button
        {...sectionControl}
        type="button"
        className="button button--secondary button--small"
        aria-disabled={!hasSelection || undefined}
        aria-keyshortcuts={amendShortcut.aria}
        onMouseDown={keep}
        onClick={() => hasSelection && onPropose()}
      >
        {t("editor.actions.propose")}
      </button>
      <button {...sectionControl} ref={toggleRef} type="button" className="button button--link selection-actions__toggle" aria-pressed={selecting} onClick={() => onSelectingChange(!selecting)}>
        {t("editor.actions.selectWithKeyboard")}
      </button>
      <p className="selection-actions__hint">
        {hasSelection
          ? t("editor.actions.selected", { comment: commentShortcut.label, amend: amendShortcut.label })
          : selecting
            ? t("editor.actions.selecting")
            : t("editor.actions.hint")}
      </p>
    </div>
  );
}
