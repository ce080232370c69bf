import { useId, useState, type FormEvent } from "react";
import type { AmendmentView } from "../../../../../shared/api/amendments";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { Dialog } from "../../../ui/Dialog";
import { FormActions } from "../../../ui/FormActions";
import type { AmendmentDraft } from "./amendmentDraft";
import { TextField } from "../../../ui/TextField";

interface Props {
  documentId: string;
  draft: AmendmentDraft;
  onClose(): void;
  onProposed(amendment: AmendmentView): void;
}

const rowsFor = (text: string) => Math.min(12, Math.max(3, Math.ceil(text.length / 70) + text.split("\n").length));

/** Propose other wording for text one may not edit: the owners of the section accept or reject it. */
export function AmendmentDialog({ documentId, draft, onClose, onProposed }: Props) {
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
      setError("Change the text first: the proposal is the same as the text now.");
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
      title={`Propose an amendment to “${draft.sectionTitle}”`}
      description="The section's owners accept or reject it. Accepted, it replaces the text for everyone."
      onClose={onClose}
    >
      <form className="form" onSubmit={submit} noValidate>
        {failure && <Alert title="The amendment was not proposed">{failure}</Alert>}
        <div className="field">
          <p className="field__label" id={originalId}>
            The text now
          </p>
          {/* It may scroll (a whole section): focusable, so keyboard users can scroll it too. */}
          <blockquote className="amendment__original" aria-labelledby={originalId} tabIndex={0}>
            {draft.originalText || <span className="muted">(empty)</span>}
          </blockquote>
        </div>
        <TextField
          multiline
          id={proposedId}
          label="Proposed text"
          hint="Edit the text as you would have it. Leave it empty to propose deleting the text."
          value={proposed}
          onChange={(value) => {
            setProposed(value);
            setError(undefined);
          }}
          error={error}
          rows={rowsFor(draft.originalText)}
          autoFocus
        />
        <TextField multiline id={reasonId} label="Reason (optional)" hint="Why the change: the owners read it." value={reason} onChange={setReason} rows={2} />
        <FormActions busy={busy} busyLabel="Proposing…" submitLabel="Propose amendment" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
