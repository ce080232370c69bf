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
  return (
    <div className="amendment__conflict" role="alert">
      <p className="amendment__conflict-title">The text changed since this amendment was proposed.</p>
      <p className="amendment__label">The proposer saw</p>
      <p className="amendment__text">{originalText || <span className="muted">(no text: an insertion)</span>}</p>
      <p className="amendment__label">The text now</p>
      <p className="amendment__text">{currentText ?? <span className="muted">(deleted)</span>}</p>
      <p>Apply the amendment anyway? Its proposed text replaces the text now.</p>
      <div className="comment-form__actions">
        <button type="button" className="button button--primary button--small" aria-disabled={busy || undefined} onClick={onApply} autoFocus>
          {busy ? "Applying…" : "Apply anyway"}
        </button>
        <button type="button" className="button button--secondary button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
