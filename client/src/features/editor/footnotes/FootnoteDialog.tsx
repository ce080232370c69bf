import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import type { Editor } from "@tiptap/core";
import { FOOTNOTE_MAX_LENGTH, clampFootnote } from "../../../../../shared/editor/nodes/footnote";
import { Alert } from "../../../ui/Alert";
import { Dialog } from "../../../ui/Dialog";
import { positionOfNode } from "./footnoteLocation";
import type { FootnoteRequest } from "./FootnoteView";
import { TextField } from "../../../ui/TextField";
import { useFormats, useT } from "../../../i18n/useLocale";

interface Props {
  editor: Editor;
  request: FootnoteRequest;
  onClose(): void;
}

const rowsFor = (text: string) => Math.min(8, Math.max(3, Math.ceil(text.length / 60)));

/**
 * Writes a new footnote where the selection ends, or edits or removes an existing one, in an editable section.
 * Enter saves (a note is one line of plain text), Escape cancels. Opened from the text, focus goes back to the
 * text at the note; opened with the keyboard from the toolbar, a cancel goes back to the toolbar button.
 */
export function FootnoteDialog({ editor, request, onClose }: Props) {
  const t = useT();
  const formats = useFormats();
  const fieldId = useId();
  const { target } = request;
  const original = target ? String(target.node.attrs.text ?? "") : "";
  const [text, setText] = useState(original);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  // Read before the dialog takes focus: only a toolbar button pressed from the keyboard gets it back on cancel
  // (the dialog returns it there); from the text or a click on a note, the text does.
  const [backToText] = useState(() => !document.activeElement?.closest('[role="toolbar"]'));
  const field = useRef<HTMLTextAreaElement>(null);
  // Straight to the field, with the caret after any text. (autoFocus alone is undone when the dialog opens: the
  // browser then focuses the dialog's first control, its close button. This runs after the dialog's own effect.)
  useEffect(() => {
    const textarea = field.current;
    textarea?.focus();
    textarea?.setSelectionRange(textarea.value.length, textarea.value.length);
  }, []);

  const cancel = () => {
    if (backToText) editor.commands.focus();
    onClose();
  };

  /** The note's place now: others may have typed before it, or removed it, while the dialog was open. */
  const currentPos = (): number | null => {
    const pos = target ? positionOfNode(editor.state.doc, target.node) : null;
    if (pos === null) setFailure(t("editor.footnote.changed"));
    return pos;
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const note = clampFootnote(text);
    if (!note) {
      setError(t(target ? "editor.footnote.missingEdit" : "editor.footnote.missingInsert"));
      return;
    }
    if (!target) {
      // At the end of a selection, as word processors do: the selected words stay.
      const applied = editor.chain().focus().setTextSelection(editor.state.selection.to).insertFootnote(note).run();
      if (applied) onClose();
      else setFailure(t("editor.footnote.cannotGo"));
      return;
    }
    // Unchanged: nothing to write.
    if (note === original) return cancel();
    const pos = currentPos();
    if (pos === null) return;
    editor.chain().focus().updateFootnote(pos, note).setNodeSelection(pos).run();
    onClose();
  };

  const remove = () => {
    const pos = currentPos();
    if (pos === null || !target) return;
    editor.chain().focus().deleteRange({ from: pos, to: pos + target.node.nodeSize }).run();
    onClose();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key !== "Enter" || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  };

  return (
    <Dialog
      title={target ? (target.number === null ? t("editor.footnote.editEmptyTitle") : t("editor.footnote.editTitle", { number: target.number })) : t("editor.footnote.insertTitle")}
      size="small"
      onClose={cancel}
    >
      <form className="form" onSubmit={save} noValidate>
        {failure && <Alert>{failure}</Alert>}
        <TextField
          multiline
          id={fieldId}
          label={t("editor.footnote.field")}
          hint={t(target ? "editor.footnote.hintSave" : "editor.footnote.hintInsert", { max: formats.number(FOOTNOTE_MAX_LENGTH) })}
          value={text}
          onChange={(value) => {
            setText(value);
            setError(undefined);
          }}
          error={error}
          rows={rowsFor(text)}
          maxLength={FOOTNOTE_MAX_LENGTH}
          onKeyDown={onKeyDown}
          required
          ref={field}
        />
        <div className="form__actions">
          <button type="submit" className="button button--primary">
            {target ? t("editor.footnote.save") : t("editor.footnote.insert")}
          </button>
          {target && (
            <button type="button" className="button button--secondary" onClick={remove}>
              {t("editor.footnote.remove")}
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={cancel}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
