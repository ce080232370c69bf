import { useRef, useState } from "react";
import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import type { OutlineEntry } from "../../../../../shared/api/review";
import type { Actor, SectionStatus } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { StatusMessage } from "../../../ui/StatusMessage";
import { lifecycleActions, transitionMessage } from "../../../review/lifecycle";
import type { MessageId } from "../../../i18n/catalogues";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { RequestChangesDialog } from "./RequestChangesDialog";
import { ApproveDialog } from "./ApproveDialog";
import { TransitionHistory } from "./TransitionHistory";
import { sectionControl } from "../../documents/useSectionRoving";

interface Props {
  documentId: string;
  entry: OutlineEntry;
  actor: Actor;
  /** The live document: the approval dialog says who is in the section now, and whether its text moved. */
  live: { doc: Y.Doc; awareness: Awareness } | null;
  onShowThread(threadId: string): void;
}

const DONE: Record<SectionStatus, MessageId> = {
  in_review: "review.lifecycle.done.in_review",
  approved: "review.lifecycle.done.approved",
  changes_requested: "review.lifecycle.done.changes_requested",
  draft: "review.lifecycle.done.draft",
};

/**
 * Where a section stands in its lifecycle: the last move (who, when, note), the moves this person may make now
 * (only those the shared rules allow), and the full history on request.
 */
export function SectionLifecycle({ documentId, entry, actor, live, onShowThread }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const actions = lifecycleActions(actor, entry);
  const [busy, setBusy] = useState<SectionStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Said after a move, for as long as the section stays where it was moved to.
  const [done, setDone] = useState<{ to: SectionStatus; message: MessageId } | null>(null);
  const [asking, setAsking] = useState(false);
  const [approving, setApproving] = useState(false);
  const summary = useRef<HTMLParagraphElement>(null);
  const movedRef = useRef(false);
  const last = entry.lastTransition;

  async function move(to: SectionStatus, note?: string) {
    setBusy(to);
    setError(null);
    setDone(null);
    try {
      await unwrap(
        api.api.documents[":id"].sections[":sectionId"].transitions.$post({
          param: { id: documentId, sectionId: entry.id },
          json: { to, ...(note ? { note } : {}) },
        }),
      );
      moved(to);
    } finally {
      setBusy(null);
    }
  }

  function moved(to: SectionStatus) {
    setDone({ to, message: DONE[to] });
    movedRef.current = true;
    // The button pressed may be gone now: keep the keyboard here, on the line that says what happened.
    summary.current?.focus();
  }

  const press = (to: SectionStatus) => {
    if (busy) return;
    move(to).catch((failure: unknown) => setError(toApiError(failure).message));
  };

  return (
    <div className="lifecycle">
      <p className={last ? "lifecycle__last" : "lifecycle__last visually-hidden"} ref={summary} tabIndex={-1}>
        {last ? (
          <>
            {rich(last.note ? "review.lifecycle.lastWithNote" : "review.lifecycle.last", {
              what: rich(transitionMessage(last), { name: <bdi>{last.by.name}</bdi> }),
              time: <time dateTime={last.at}>{formats.dateTime(last.at)}</time>,
              note: <q className="lifecycle__note" dir="auto">{last.note}</q>,
            })}
          </>
        ) : (
          t("review.lifecycle.none")
        )}
      </p>
      {actions.length > 0 && (
        <div className="lifecycle__actions" role="group" aria-label={t("review.lifecycle.group", { section: entry.title })}>
          {actions.map((action) => (
            <button
              {...sectionControl}
              key={action.to}
              type="button"
              className={action.to === "approved" ? "button button--primary button--small" : "button button--secondary button--small"}
              aria-disabled={busy !== null || undefined}
              onClick={() => {
                movedRef.current = false;
                if (action.needsNote) setAsking(true);
                // Approving is always of a text the chair has been shown: the dialog shows it first.
                else if (action.to === "approved") setApproving(true);
                else press(action.to);
              }}
            >
              {busy === action.to ? t("review.lifecycle.working") : t(action.label)}
            </button>
          ))}
        </div>
      )}
      {last && <TransitionHistory documentId={documentId} sectionId={entry.id} latest={last.at} />}
      {error && <Alert title={t("review.lifecycle.failed")}>{error}</Alert>}
      <StatusMessage message={done && done.to === entry.status ? t(done.message) : null} />
      {approving && (
        <ApproveDialog
          documentId={documentId}
          sectionId={entry.id}
          sectionTitle={entry.title}
          doc={live?.doc ?? null}
          awareness={live?.awareness ?? null}
          selfId={actor.id}
          onApproved={() => moved("approved")}
          onShowThread={(threadId) => {
            setApproving(false);
            onShowThread(threadId);
          }}
          onClose={() => setApproving(false)}
          returnFocusTo={() => (movedRef.current ? summary.current : null)}
        />
      )}
      {asking && <RequestChangesDialog sectionTitle={entry.title} onSubmit={(note) => move("changes_requested", note)} onClose={() => setAsking(false)} returnFocusTo={() => (movedRef.current ? summary.current : null)} />}
    </div>
  );
}
