import { useId, useRef } from "react";
import type { RefusedDraft } from "../../collab/refusedDrafts";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { CopyTextButton } from "./CopyTextButton";

/** One kept text: what the server said, the text itself (read-only), and what to do with it: propose, copy, dismiss. */
interface Props {
  draft: RefusedDraft;
  onDismiss(): void;
  /** Offered when the section is still in the document: propose the kept text as an amendment to it. */
  onPropose?(): void;
}

export function RefusedDraftItem({ draft, onDismiss, onPropose }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const field = useRef<HTMLTextAreaElement>(null);
  const fieldId = useId();
  const title = draft.sectionTitle ?? t("collab.refused.goneSection");
  return (
    <li className="refused__draft">
      <h3 className="refused__section">{title}</h3>
      <p className="refused__meta">
        {rich("collab.refused.at", { time: <time key="time" dateTime={draft.at}>{formats.dateTime(draft.at)}</time> })} {draft.message ?? t("collab.refused.noWords")}
      </p>
      <label className="field__label" htmlFor={fieldId}>
        {t("collab.refused.yourText", { title })}
      </label>
      <textarea id={fieldId} ref={field} className="input input--multiline refused__text" readOnly value={draft.text} rows={6} />
      <p className="refused__actions">
        {onPropose && (
          <button type="button" className="button button--primary button--small" onClick={onPropose}>
            {t("collab.refused.propose")}
          </button>
        )}
        <CopyTextButton text={draft.text} field={field} primary={!onPropose} />
        <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
          {t("collab.refused.dismiss")}
        </button>
      </p>
    </li>
  );
}
