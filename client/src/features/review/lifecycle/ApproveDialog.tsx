import { useEffect, useRef, useState } from "react";
import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import type { ApprovalFacts, SectionChangedDetails } from "../../../../../shared/api/approval";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Dialog } from "../../../ui/Dialog";
import { Alert } from "../../../ui/Alert";
import { LoadingState } from "../../../ui/LoadingState";
import { useFragmentVersion } from "../../../review/useFragmentVersion";
import { DiffText } from "../../versions/DiffText";
import { ApprovalFactsView } from "./ApprovalFactsView";
import { useSectionTypists } from "./useSectionTypists";
import { useT } from "../../../i18n/useLocale";

interface Props {
  documentId: string;
  sectionId: string;
  sectionTitle: string;
  /** The live document, to say who is in the section now and whether its text moved while the dialog is open. */
  doc: Y.Doc | null;
  awareness: Awareness | null;
  selfId: string;
  onApproved(): void;
  onShowThread(threadId: string): void;
  onClose(): void;
  returnFocusTo: () => HTMLElement | null;
}

type Choice = "approve" | "reject" | "accept";

/**
 * Approve what you saw: the chair is shown what changed since the section was submitted, what is still open and
 * who is writing in it, and approves exactly that text (its fingerprint). If it changed meanwhile, the server
 * refuses, and the dialog shows what changed since and offers the new text.
 */
export function ApproveDialog({ documentId, sectionId, sectionTitle, doc, awareness, selfId, onApproved, onShowThread, onClose, returnFocusTo }: Props) {
  const t = useT();
  const [facts, setFacts] = useState<ApprovalFacts | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [changed, setChanged] = useState<SectionChangedDetails | null>(null);
  const [busy, setBusy] = useState<Choice | null>(null);
  const changedHeading = useRef<HTMLHeadingElement>(null);
  const factsRegion = useRef<HTMLDivElement>(null);
  const arrived = useRef(false);
  const visitors = useSectionTypists(awareness, sectionId, selfId);
  const textVersion = useFragmentVersion(doc, sectionId);
  const [shownAt, setShownAt] = useState<number | null>(null);
  const param = { id: documentId, sectionId };

  const load = () => {
    setFailure(null);
    unwrap(api.api.documents[":id"].sections[":sectionId"].approval.$get({ param }))
      .then((body) => {
        setFacts(body.approval);
        setShownAt(textVersion);
      })
      .catch((error: unknown) => setFailure(toApiError(error).message));
  };
  useEffect(load, [documentId, sectionId]);

  // The keyboard starts on what is being approved once it is there (the region scrolls with the arrow keys), and
  // goes to the news when the server says the text changed.
  useEffect(() => {
    if (changed) changedHeading.current?.focus();
    else if (facts && !arrived.current) factsRegion.current?.focus();
    if (facts) arrived.current = true;
  }, [changed, facts]);

  const approve = (choice: Choice) => {
    if (busy || !facts) return;
    setBusy(choice);
    setFailure(null);
    const settle = choice === "approve" ? {} : { openSuggestions: choice };
    unwrap(api.api.documents[":id"].sections[":sectionId"].transitions.$post({ param, json: { to: "approved", fingerprint: facts.fingerprint, ...settle } }))
      .then(() => {
        onApproved();
        onClose();
      })
      .catch((error: unknown) => {
        const apiError = toApiError(error);
        if (apiError.code === "section_changed") {
          const details = apiError.details as SectionChangedDetails;
          setChanged(details);
          setFacts(details.facts);
          setShownAt(textVersion);
        } else setFailure(apiError.message);
      })
      .finally(() => setBusy(null));
  };

  const open = facts?.openSuggestions.length ?? 0;
  const approving = t("review.approve.busy");
  const approveLabel = changed ? t("review.approve.newText") : t("review.approve.thisText");
  const movedSince = facts !== null && shownAt !== null && textVersion !== shownAt;
  return (
    <Dialog
      title={t("review.approve.title", { section: sectionTitle })}
      description={t("review.approve.description")}
      onClose={onClose}
      returnFocusTo={returnFocusTo}
    >
      <div className={changed ? "approval approval--changed" : "approval"}>
        {changed && (
          <div className="approval__changed" role="alert">
            <h3 className="approval__heading" ref={changedHeading} tabIndex={-1}>
              {t("review.approve.changed")}
            </h3>
            <p className="approval__meta">{t("review.approve.notApproved")}</p>
            {changed.sinceSeen === null ? (
              <p className="approval__meta">{t("review.approve.seenGone")}</p>
            ) : changed.sinceSeen.change === "unchanged" ? (
              <p className="approval__meta">{t("review.approve.sameWords")}</p>
            ) : (
              <div className="approval__text" dir="auto" tabIndex={0} role="region" aria-label={t("review.approve.changedRegion")}>
                <DiffText ops={changed.sinceSeen.ops} />
              </div>
            )}
            <p className="approval__meta">{t("review.approve.again")}</p>
          </div>
        )}
        {failure && <Alert title={t("review.approve.failed")}>{failure}</Alert>}
        {!facts && !failure && <LoadingState label={t("review.approve.loading")} />}
        {facts && (
          <div className="approval__facts" ref={factsRegion} tabIndex={0} role="region" aria-label={t("review.approve.facts")}>
            <ApprovalFactsView facts={facts} visitors={visitors} onShowThread={onShowThread} />
          </div>
        )}
        <div role="status" aria-live="polite" className="approval__moved">
          {movedSince && (
            <>
              {t("review.approve.moved")}{" "}
              <button
                type="button"
                className="button button--link"
                onClick={() => {
                  setChanged(null);
                  arrived.current = false;
                  load();
                }}
              >
                {t("review.approve.showNew")}
              </button>
            </>
          )}
        </div>
        <div className="form__actions">
          {facts && open === 0 && (
            <button type="button" className="button button--primary" aria-disabled={busy !== null || undefined} onClick={() => approve("approve")}>
              {busy === "approve" ? approving : approveLabel}
            </button>
          )}
          {facts && open > 0 && (
            <>
              <button type="button" className="button button--primary" aria-disabled={busy !== null || undefined} onClick={() => approve("reject")}>
                {busy === "reject" ? approving : t("review.approve.reject", { count: open })}
              </button>
              <button type="button" className="button button--secondary" aria-disabled={busy !== null || undefined} onClick={() => approve("accept")}>
                {busy === "accept" ? approving : t("review.approve.accept", { count: open })}
              </button>
            </>
          )}
          <button type="button" className="button button--link" onClick={onClose}>
            {open > 0 ? t("review.approve.cancelOneByOne") : t("common.cancel")}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
