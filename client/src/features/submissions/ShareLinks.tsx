import { useState } from "react";
import { ShareLinkCreateSchema, type ShareLinkView } from "../../../../shared/api/submissions";
import { api, unwrap } from "../../api/client";
import { Alert } from "../../ui/Alert";
import { StatusMessage } from "../../ui/StatusMessage";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { formatDateTime } from "../../ui/formatDate";
import { useAction } from "../../ui/useAction";
import { useFocusLater } from "../../ui/useFocusLater";
import { useForm } from "../../ui/useForm";
import { CopyButton } from "./CopyButton";

interface Props {
  documentId: string;
  submissionId: string;
  number: number;
  links: readonly ShareLinkView[];
}

/** Links that open a submission without an account (for the co-facilitators): create, copy once, revoke. */
export function ShareLinks({ documentId, submissionId, number, links: initial }: Props) {
  const [links, setLinks] = useState<readonly ShareLinkView[]>(initial);
  const [created, setCreated] = useState<ShareLinkView | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const focusLater = useFocusLater();
  const prefix = `share-${submissionId}`;
  const param = { id: documentId, submissionId };
  const form = useForm({
    initial: { label: "" },
    schema: ShareLinkCreateSchema,
    resetOnSuccess: true,
    async send(json) {
      const { link } = await unwrap(api.api.documents[":id"].submissions[":submissionId"]["share-links"].$post({ param, json }));
      setLinks((current) => [link, ...current]);
      setCreated(link);
      focusLater(`${prefix}-url`);
    },
  });
  const revoking = useAction();

  function revoke(link: ShareLinkView) {
    void revoking.run("revoke", async () => {
      await unwrap(api.api.documents[":id"].submissions[":submissionId"]["share-links"][":linkId"].$delete({ param: { ...param, linkId: link.id } }));
      setLinks((current) => current.map((l) => (l.id === link.id ? { ...l, revokedAt: new Date().toISOString() } : l)));
      setCreated((shown) => (shown?.id === link.id ? null : shown));
      setStatus(`Link “${link.label || "without a label"}” revoked: it no longer opens the submission.`);
    });
  }
  const error = revoking.error ?? form.failure;

  return (
    <div className="share-links">
      <h4 className="submission__subheading">Share links</h4>
      {error && <Alert title="The share link was not changed">{error}</Alert>}
      {created?.url && (
        <div className="share-links__created notice">
          <p>
            <strong>Copy this link now:</strong> it is shown only once. Anyone with it can open Submission {number} and its files, without an account.
          </p>
          <div className="copy-field">
            <label className="visually-hidden" htmlFor={`${prefix}-url`}>
              Share link for Submission {number}
            </label>
            <input id={`${prefix}-url`} className="input copy-field__input hash" readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={created.url} what="share link" targetId={`${prefix}-url`} />
          </div>
        </div>
      )}
      {links.length > 0 && (
        <ul className="share-links__list">
          {links.map((link) => (
            <li key={link.id} className="share-links__item">
              <span>
                <strong>{link.label || "No label"}</strong>{" "}
                <span className="muted">
                  created {formatDateTime(link.createdAt)}
                  {link.revokedAt && `, revoked ${formatDateTime(link.revokedAt)}`}
                </span>
              </span>
              {link.revokedAt ? (
                <span className="pill pill--expired">Revoked</span>
              ) : (
                <button type="button" className="button button--danger button--small" onClick={() => revoke(link)}>
                  Revoke<span className="visually-hidden"> link “{link.label || "No label"}”</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="form form--inline" onSubmit={form.handleSubmit} noValidate>
        <TextField id={`${prefix}-label`} label="Label for a new link" hint="Who it is for, e.g. “Co-facilitators”." maxLength={200} {...form.field("label")} />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel="Creating…">
            Create share link
          </SubmitButton>
        </div>
      </form>
      <StatusMessage message={status} />
    </div>
  );
}
