import { useT } from "../../../i18n/useLocale";

interface Props {
  originalText: string;
  /** The text now, or null when it was deleted. */
  currentText: string | null;
  busy: boolean;
  onApply(): void;
  onCancel(): void;
}

/** The text changed since the proposal: show what it is now against what the proposer saw, and ask. */
export function AcceptConflict({ originalText, currentText, busy, onApply, onCancel }: Props) {
  const t = useT();
  return (
    <div className="amendment__conflict" role="alert">
      <p className="amendment__conflict-title">{t("review.conflict.title")}</p>
      <p className="amendment__label">{t("review.conflict.proposerSaw")}</p>
      <p className="amendment__text" dir="auto">{originalText || <span className="muted">{t("review.conflict.insertion")}</span>}</p>
      <p className="amendment__label">{t("review.amendment.textNow")}</p>
      <p className="amendment__text" dir="auto">{currentText ?? <span className="muted">{t("review.conflict.deleted")}</span>}</p>
      <p>{t("review.conflict.question")}</p>
      <div className="comment-form__actions">
        <button type="button" className="button button--primary button--small" aria-disabled={busy || undefined} onClick={onApply} autoFocus>
          {busy ? t("review.conflict.applying") : t("review.conflict.apply")}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
