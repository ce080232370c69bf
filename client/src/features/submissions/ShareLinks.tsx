import { useState, type FormEvent } from "react";
import type { ShareLinkView } from "../../../../shared/api/submissions";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { Alert } from "../../ui/Alert";
import { StatusMessage } from "../../ui/StatusMessage";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { formatDateTime } from "../../ui/formatDate";
import { useFocusLater } from "../../ui/useFocusLater";
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
  const [label, setLabel] = useState("");
  const [created, setCreated] = useState<ShareLinkView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const focusLater = useFocusLater();
  const prefix = `share-${submissionId}`;
  const param = { id: documentId, submissionId };

  async function create(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      const { link } = await unwrap(api.api.documents[":id"].submissions[":submissionId"]["share-links"].$post({ param, json: { label: label.trim() } }));
      setLinks([link, ...links]);
      setCreated(link);
      setLabel("");
      focusLater(`${prefix}-url`);
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  async function revoke(link: ShareLinkView) {
    setError(null);
    try {
      await unwrap(api.api.documents[":id"].submissions[":submissionId"]["share-links"][":linkId"].$delete({ param: { ...param, linkId: link.id } }));
      setLinks(links.map((l) => (l.id === link.id ? { ...l, revokedAt: new Date().toISOString() } : l)));
      if (created?.id === link.id) setCreated(null);
      setStatus(`Link “${link.label || "without a label"}” revoked: it no longer opens the submission.`);
    } catch (failure) {
      setError(toApiError(failure).message);
    }
  }

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
                <button type="button" className="button button--danger button--small" onClick={() => void revoke(link)}>
                  Revoke<span className="visually-hidden"> link “{link.label || "No label"}”</span>
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="form form--inline" onSubmit={create} noValidate>
        <TextField id={`${prefix}-label`} label="Label for a new link" hint="Who it is for, e.g. “Co-facilitators”." value={label} onChange={setLabel} maxLength={200} />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Creating…">
            Create share link
          </SubmitButton>
        </div>
      </form>
      <StatusMessage message={status} />
    </div>
  );
}
