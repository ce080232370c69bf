import { useId, useRef } from "react";
import type { RefusedDraft } from "../../collab/refusedDrafts";
import { formatDateTime } from "../../ui/formatDate";
import { CopyTextButton } from "./CopyTextButton";

/** One kept text: what the server said, the text itself (read-only), and what to do with it. */
export function RefusedDraftItem({ draft, onDismiss }: { draft: RefusedDraft; onDismiss(): void }) {
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  return (
    <li className="refused__draft">
      <h3 className="refused__section">{draft.sectionTitle}</h3>
      <p className="refused__meta">
        Not saved <time dateTime={draft.at}>{formatDateTime(draft.at)}</time>. {draft.message}
      </p>
      <label className="field__label" htmlFor={fieldId}>
        Your text for “{draft.sectionTitle}”
      </label>
      <textarea id={fieldId} ref={field} className="input input--multiline refused__text" readOnly value={draft.text} rows={6} />
      <p className="refused__actions">
        <CopyTextButton text={draft.text} field={field} />
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          Dismiss
        </button>
      </p>
    </li>
  );
}
