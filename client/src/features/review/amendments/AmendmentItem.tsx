import { useRef, useState } from "react";
import type * as Y from "yjs";
import type { AmendmentView } from "../../../../../shared/api/amendments";
import { api, unwrap } from "../../../api/client";
import { toApiError, type ApiError } from "../../../api/apiError";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { bdi, hidden } from "../../../i18n/tags";
import { anchoredText } from "../../../review/yRange";
import { useFragmentVersion } from "../../../review/useFragmentVersion";
import { AMENDMENT_DECISION, AMENDMENT_STATUS } from "./amendmentStatus";
import { AmendmentChange } from "./AmendmentChange";
import { AcceptConflict } from "./AcceptConflict";
import { RejectAmendmentForm } from "./RejectAmendmentForm";

interface Props {
  documentId: string;
  amendment: AmendmentView;
  doc: Y.Doc | null;
  meId: string;
  /** Owners of the section decide (while it is not approved). */
  decides: boolean;
  active: boolean;
  onActivate(): void;
}

export const amendmentElementId = (amendmentId: string): string => `amendment-${amendmentId}`;

function conflictText(error: ApiError): { currentText: string | null } | null {
  if (error.status !== 409 || typeof error.details !== "object" || error.details === null || !("currentText" in error.details)) return null;
  const current = (error.details as { currentText: unknown }).currentText;
  return { currentText: typeof current === "string" ? current : null };
}

/** One proposed amendment: the change, why, who; the owners accept or reject it, the proposer may withdraw it. */
export function AmendmentItem({ documentId, amendment, doc, meId, decides, active, onActivate }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  useFragmentVersion(doc, amendment.sectionId);
  const [rejecting, setRejecting] = useState(false);
  const [conflict, setConflict] = useState<{ currentText: string | null } | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const article = useRef<HTMLElement>(null);
  const param = { id: documentId, amendmentId: amendment.id };
  const open = amendment.status === "open";
  const status = AMENDMENT_STATUS[amendment.status];
  // Read from the live text, so "changed since" is true now, not when the server last looked.
  const current = open && doc ? anchoredText(doc, amendment.anchor, amendment.sectionId) : amendment.currentText;
  const changed = open && current !== amendment.originalText;
  const route = api.api.documents[":id"].amendments[":amendmentId"];

  async function act(run: () => Promise<unknown>) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await run();
      setConflict(null);
      setRejecting(false);
      // The buttons are gone with the decision: the amendment itself keeps the keyboard.
      requestAnimationFrame(() => article.current?.focus());
    } catch (failure) {
      const apiError = toApiError(failure);
      const found = conflictText(apiError);
      if (found) setConflict(found);
      else setError(apiError.message);
    } finally {
      setBusy(false);
    }
  }

  const accept = (confirmChanged: boolean) => act(() => unwrap(route.accept.$post({ param, json: { confirmChanged } })));

  return (
    <article
      ref={article}
      id={amendmentElementId(amendment.id)}
      className={`amendment${active ? " amendment--active" : ""}${open ? "" : " amendment--closed"}`}
      tabIndex={-1}
      aria-label={t("review.amendment.label", { name: amendment.proposer.name, status: amendment.status })}
    >
      <p className="amendment__meta">
        <span className={status.className}>{t(status.label)}</span>{" "}
        <bdi className="comment__author">{amendment.proposer.name}</bdi>{" "}
        <time className="comment__time" dateTime={amendment.createdAt}>
          {formats.dateTime(amendment.createdAt)}
        </time>
      </p>
      <AmendmentChange from={amendment.originalText} to={amendment.proposedText} />
      {amendment.reason && (
        <p className="amendment__reason">
          {rich("review.amendment.reason", { reason: <bdi>{amendment.reason}</bdi>, label: (chunks) => <span className="amendment__label">{chunks}</span> })}
        </p>
      )}
      {changed && (
        <p className="amendment__changed">
          {current === null ? t("review.amendment.textDeleted") : t("review.amendment.textChanged")}
        </p>
      )}
      {amendment.status !== "open" && amendment.decidedBy && amendment.decidedAt && (
        <p className="amendment__decision">
          {rich(amendment.decisionNote ? AMENDMENT_DECISION[amendment.status].withNote : AMENDMENT_DECISION[amendment.status].plain, {
            name: amendment.decidedBy.name,
            bdi,
            time: <time dateTime={amendment.decidedAt}>{formats.dateTime(amendment.decidedAt)}</time>,
            note: <q dir="auto">{amendment.decisionNote}</q>,
          })}
        </p>
      )}
      {open && !conflict && !rejecting && (
        <div className="thread__actions">
          {current !== null && (
            <button type="button" className="button button--link" aria-pressed={active} onClick={onActivate}>
              {t("review.showInText")}
            </button>
          )}
          {decides && (
            <>
              <button type="button" className="button button--primary button--small" aria-disabled={busy || undefined} onClick={() => void accept(false)}>
                {busy ? t("review.amendment.accepting") : rich("review.amendment.accept", { hidden })}
              </button>
              <button type="button" className="button button--secondary button--small" onClick={() => setRejecting(true)}>
                {rich("review.amendment.reject", { hidden })}
              </button>
            </>
          )}
          {amendment.proposer.id === meId && (
            <button type="button" className="button button--secondary button--small" aria-disabled={busy || undefined} onClick={() => void act(() => unwrap(route.withdraw.$post({ param })))}>
              {rich("review.amendment.withdraw", { hidden })}
            </button>
          )}
        </div>
      )}
      {conflict && (
        <AcceptConflict
          originalText={amendment.originalText}
          currentText={conflict.currentText}
          busy={busy}
          onApply={() => void accept(true)}
          onCancel={() => {
            setConflict(null);
            requestAnimationFrame(() => article.current?.focus());
          }}
        />
      )}
      {rejecting && (
        <RejectAmendmentForm
          onReject={(reason) => act(() => unwrap(route.reject.$post({ param, json: { reason } })))}
          onCancel={() => {
            setRejecting(false);
            requestAnimationFrame(() => article.current?.focus());
          }}
        />
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}
