import type { Editor } from "@tiptap/core";
import { Dialog } from "../../../ui/Dialog";
import { positionOfNode } from "./footnoteLocation";
import type { FootnoteRequest } from "./FootnoteView";
import { useT } from "../../../i18n/useLocale";

interface Props {
  editor: Editor;
  target: NonNullable<FootnoteRequest["target"]>;
  onClose(): void;
}

/**
 * A note in a section the reader may not edit: its text, to read. It never touches the editor's state, so
 * nothing can reach the Y.Doc (the server would refuse a write from a reader anyway).
 */
export function FootnoteReader({ editor, target, onClose }: Props) {
  const t = useT();
  // Back to the reference itself, found again: the text may have been redrawn while the note was open.
  const reference = (): HTMLElement | null => {
    const pos = positionOfNode(editor.state.doc, target.node);
    const dom = pos === null ? null : editor.view.nodeDOM(pos);
    return dom instanceof HTMLElement ? dom.querySelector("button") : null;
  };
  return (
    // The note is the dialog's description: a screen reader reads it with the title as the dialog opens.
    <Dialog title={target.number === null ? t("editor.footnote.emptyTitle") : t("editor.footnote.readerTitle", { number: target.number })} description={String(target.node.attrs.text ?? "")} size="small" onClose={onClose} returnFocusTo={reference}>
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("common.close")}
        </button>
      </div>
    </Dialog>
  );
}
