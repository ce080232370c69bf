import { useState } from "react";
import { ShareLinkCreateSchema, type ShareLinkView } from "../../../../shared/api/submissions";
import { api, unwrap } from "../../api/client";
import { Alert } from "../../ui/Alert";
import { StatusMessage } from "../../ui/StatusMessage";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { useAction } from "../../ui/useAction";
import { useFocusLater } from "../../ui/useFocusLater";
import { useForm } from "../../ui/useForm";
import { hidden } from "../../i18n/tags";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { CopyButton } from "./CopyButton";

interface Props {
  documentId: string;
  submissionId: string;
  number: number;
  links: readonly ShareLinkView[];
}

/** Links that open a submission without an account (for the co-facilitators): create, copy once, revoke. */
export function ShareLinks({ documentId, submissionId, number, links: initial }: Props) {
  const t = useT();
  const richT = useRichT();
  const formats = useFormats();
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
      setStatus(link.label ? t("submissions.share.revokedStatus", { label: link.label }) : t("submissions.share.revokedStatusNoLabel"));
    });
  }
  const error = revoking.error ?? form.failure;

  return (
    <div className="share-links">
      <h4 className="submission__subheading">{t("submissions.share.title")}</h4>
      {error && <Alert title={t("submissions.share.failed")}>{error}</Alert>}
      {created?.url && (
        <div className="share-links__created notice">
          <p>{richT("submissions.share.copyNow", { number, b: (chunks) => <strong>{chunks}</strong> })}</p>
          <div className="copy-field">
            <label className="visually-hidden" htmlFor={`${prefix}-url`}>
              {t("submissions.share.urlLabel", { number })}
            </label>
            <input id={`${prefix}-url`} className="input copy-field__input hash" readOnly value={created.url} onFocus={(event) => event.currentTarget.select()} />
            <CopyButton value={created.url} what={t("submissions.share.what")} targetId={`${prefix}-url`} />
          </div>
        </div>
      )}
      {links.length > 0 && (
        <ul className="share-links__list">
          {links.map((link) => (
            <li key={link.id} className="share-links__item">
              <span>
                <strong>
                  <bdi>{link.label || t("submissions.share.noLabel")}</bdi>
                </strong>{" "}
                <span className="muted">
                  {link.revokedAt
                    ? t("submissions.share.createdRevoked", { created: formats.dateTime(link.createdAt), revoked: formats.dateTime(link.revokedAt) })
                    : t("submissions.share.created", { created: formats.dateTime(link.createdAt) })}
                </span>
              </span>
              {link.revokedAt ? (
                <span className="pill pill--expired">{t("submissions.share.revoked")}</span>
              ) : (
                <button type="button" className="button button--danger button--small" onClick={() => revoke(link)}>
                  {richT("submissions.share.revoke", { label: link.label || t("submissions.share.noLabel"), hidden })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="form form--inline" onSubmit={form.handleSubmit} noValidate>
        <TextField id={`${prefix}-label`} label={t("submissions.share.newLabel")} hint={t("submissions.share.newLabelHint")} maxLength={200} {...form.field("label")} />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel={t("submissions.share.busy")}>
            {t("submissions.share.create")}
          </SubmitButton>
        </div>
      </form>
      <StatusMessage message={status} />
    </div>
  );
}
