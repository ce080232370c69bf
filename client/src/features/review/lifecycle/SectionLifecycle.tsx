import { useRef, useState } from "react";
import type { OutlineEntry } from "../../../../../shared/api/review";
import type { Actor, SectionStatus } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { StatusMessage } from "../../../ui/StatusMessage";
import { formatDateTime } from "../../../ui/formatDate";
import { lifecycleActions, transitionWords } from "../../../review/lifecycle";
import { RequestChangesDialog } from "./RequestChangesDialog";
import { OpenSuggestionsDialog } from "./OpenSuggestionsDialog";
import { TransitionHistory } from "./TransitionHistory";
import { sectionControl } from "../../documents/useSectionRoving";

interface Props {
  documentId: string;
  entry: OutlineEntry;
  actor: Actor;
}

const DONE: Record<SectionStatus, string> = {
  in_review: "Submitted for review.",
  approved: "Approved: the section is now locked.",
  changes_requested: "Changes requested: the owners have your note.",
  draft: "Back to draft.",
};

/**
 * Where a section stands in its lifecycle: the last move (who, when, note), the moves this person may make now
 * (only those the shared rules allow), and the full history on request.
 */
export function SectionLifecycle({ documentId, entry, actor }: Props) {
  const actions = lifecycleActions(actor, entry);
  const [busy, setBusy] = useState<SectionStatus | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Said after a move, for as long as the section stays where it was moved to.
  const [done, setDone] = useState<{ to: SectionStatus; message: string } | null>(null);
  const [asking, setAsking] = useState(false);
  /** Approval answered that suggestions are open: how many, while the chair chooses. */
  const [openSuggestions, setOpenSuggestions] = useState<number | null>(null);
  const summary = useRef<HTMLParagraphElement>(null);
  const moved = useRef(false);
  const last = entry.lastTransition;

  async function move(to: SectionStatus, note?: string, settle?: "accept" | "reject") {
    setBusy(to);
    setError(null);
    setDone(null);
    try {
      await unwrap(
        api.api.documents[":id"].sections[":sectionId"].transitions.$post({
          param: { id: documentId, sectionId: entry.id },
          json: { to, ...(note ? { note } : {}), ...(settle ? { openSuggestions: settle } : {}) },
        }),
      );
      setDone({ to, message: DONE[to] });
      moved.current = true;
      // The button pressed may be gone now: keep the keyboard here, on the line that says what happened.
      summary.current?.focus();
    } finally {
      setBusy(null);
    }
  }

  const press = (to: SectionStatus) => {
    if (busy) return;
    move(to).catch((failure: unknown) => {
      const error = toApiError(failure);
      const open = (error.details as { openSuggestions?: unknown } | undefined)?.openSuggestions;
      // The server tells a chair approving a section with open suggestions how many: they choose what happens.
      if (to === "approved" && typeof open === "number" && open > 0) setOpenSuggestions(open);
      else setError(error.message);
    });
  };

  return (
    <div className="lifecycle">
      <p className={last ? "lifecycle__last" : "lifecycle__last visually-hidden"} ref={summary} tabIndex={-1}>
        {last ? (
          <>
            {transitionWords(last)}, <time dateTime={last.at}>{formatDateTime(last.at)}</time>
            {last.note && (
              <>
                : <q className="lifecycle__note">{last.note}</q>
              </>
            )}
          </>
        ) : (
          "No change of status recorded yet."
        )}
      </p>
      {actions.length > 0 && (
        <div className="lifecycle__actions" role="group" aria-label={`Review of “${entry.title}”`}>
          {actions.map((action) => (
            <button
              {...sectionControl}
              key={action.to}
              type="button"
              className={action.to === "approved" ? "button button--primary button--small" : "button button--secondary button--small"}
              aria-disabled={busy !== null || undefined}
              onClick={() => {
                moved.current = false;
                if (action.needsNote) setAsking(true);
                else press(action.to);
              }}
            >
              {busy === action.to ? "Working…" : action.label}
            </button>
          ))}
        </div>
      )}
      {last && <TransitionHistory documentId={documentId} sectionId={entry.id} latest={last.at} />}
      {error && <Alert title="The status did not change">{error}</Alert>}
      <StatusMessage message={done && done.to === entry.status ? done.message : null} />
      {openSuggestions !== null && (
        <OpenSuggestionsDialog
          sectionTitle={entry.title}
          open={openSuggestions}
          onApprove={(settle) => move("approved", undefined, settle)}
          onClose={() => setOpenSuggestions(null)}
          returnFocusTo={() => (moved.current ? summary.current : null)}
        />
      )}
      {asking && <RequestChangesDialog sectionTitle={entry.title} onSubmit={(note) => move("changes_requested", note)} onClose={() => setAsking(false)} returnFocusTo={() => (moved.current ? summary.current : null)} />}
    </div>
  );
}
