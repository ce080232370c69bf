import { useId, useState, type FormEvent } from "react";
import type { AmendmentView } from "../../../../../shared/api/amendments";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { Dialog } from "../../../ui/Dialog";
import { FormActions } from "../../../ui/FormActions";
import type { AmendmentDraft } from "./amendmentDraft";
import { TextField } from "../../../ui/TextField";
import { useT } from "../../../i18n/useLocale";

interface Props {
  documentId: string;
  draft: AmendmentDraft;
  onClose(): void;
  onProposed(amendment: AmendmentView): void;
}

const rowsFor = (text: string) => Math.min(12, Math.max(3, Math.ceil(text.length / 70) + text.split("\n").length));

/** Propose other wording for text one may not edit: the owners of the section accept or reject it. */
export function AmendmentDialog({ documentId, draft, onClose, onProposed }: Props) {
  const t = useT();
  const proposedId = useId();
  const reasonId = useId();
  const originalId = useId();
  const [proposed, setProposed] = useState(draft.proposedText);
  const [reason, setReason] = useState(draft.reason);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (proposed === draft.originalText) {
      setError(t("review.propose.same"));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      const { amendment } = await unwrap(
        api.api.documents[":id"].amendments.$post({
          param: { id: documentId },
          json: { sectionId: draft.sectionId, anchor: draft.anchor, originalText: draft.originalText, proposedText: proposed, reason: reason.trim() },
        }),
      );
      onProposed(amendment);
    } catch (caught) {
      setFailure(toApiError(caught).message);
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t("review.propose.title", { section: draft.sectionTitle })}
      description={t("review.propose.description")}
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        {failure && <Alert title={t("review.propose.failed")}>{failure}</Alert>}
        <div className="field">
          <p className="field__label" id={originalId}>
            {t("review.amendment.textNow")}
          </p>
          {/* It may scroll (a whole section): focusable, so keyboard users can scroll it too. */}
          <blockquote className="amendment__original" aria-labelledby={originalId} tabIndex={0} dir="auto">
            {draft.originalText || <span className="muted">{t("review.propose.empty")}</span>}
          </blockquote>
        </div>
        <TextField
          multiline
          id={proposedId}
          label={t("review.propose.field")}
          hint={t("review.propose.hint")}
          value={proposed}
          onChange={(value) => {
            setProposed(value);
            setError(undefined);
          }}
          error={error}
          rows={rowsFor(draft.originalText)}
          autoFocus
        />
        <TextField multiline id={reasonId} label={t("review.propose.reason")} hint={t("review.propose.reasonHint")} value={reason} onChange={setReason} rows={2} />
        <FormActions busy={busy} busyLabel={t("review.propose.busy")} submitLabel={t("review.propose.submit")} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
