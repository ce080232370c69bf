import { useId } from "react";
import type * as Y from "yjs";
import type { AmendmentView } from "../../../../shared/api/amendments";
import type { ThreadView } from "../../../../shared/api/threads";
import type { SelectedText } from "../../review/editorAnchors";
import type { MarkRanges } from "../editor/ReviewHighlights";
import { ThreadItem } from "./threads/ThreadItem";
import { NewThreadForm } from "./threads/NewThreadForm";
import { AmendmentItem } from "./amendments/AmendmentItem";

interface Props {
  documentId: string;
  sectionId: string;
  doc: Y.Doc | null;
  meId: string;
  /** May decide on amendments to this section. */
  decides: boolean;
  threads: readonly ThreadView[];
  amendments: readonly AmendmentView[];
  /** Where each open thread and amendment is in the text now (null: not known yet). */
  ranges: MarkRanges | null;
  active: string | null;
  onActivate(id: string): void;
  newThread: SelectedText | null;
  onNewThreadDone(threadId: string | null): void;
  open: boolean;
  onOpenChange(open: boolean): void;
}

const byTime = <T extends { createdAt: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt);

function countWords(openThreads: number, openAmendments: number): string {
  const parts = [`${openThreads} open ${openThreads === 1 ? "comment" : "comments"}`];
  if (openAmendments > 0) parts.push(`${openAmendments} open ${openAmendments === 1 ? "amendment" : "amendments"}`);
  return parts.join(", ");
}

/**
 * A section's comment threads and amendments. Open threads first; threads whose text was deleted are kept in
 * their own group; resolved ones are folded away. Collapsed until asked for (or until there is a new comment).
 */
export function ReviewPanel(props: Props) {
  const { documentId, sectionId, doc, meId, decides, threads, amendments, ranges, active, onActivate, newThread, onNewThreadDone, open, onOpenChange } = props;
  const bodyId = useId();
  const detachedOf = (id: string, serverSays: boolean) => (ranges && ranges.has(id) ? ranges.get(id) === null : serverSays);
  const openThreads = threads.filter((t) => t.status === "open").sort(byTime);
  const attached = openThreads.filter((t) => !detachedOf(t.id, t.detached));
  const detached = openThreads.filter((t) => detachedOf(t.id, t.detached));
  const resolved = threads.filter((t) => t.status === "resolved").sort(byTime);
  const sortedAmendments = [...amendments].sort((a, b) => Number(b.status === "open") - Number(a.status === "open") || byTime(a, b));
  const openAmendments = amendments.filter((a) => a.status === "open").length;

  const thread = (t: ThreadView, isDetached: boolean) => (
    <li key={t.id}>
      <ThreadItem documentId={documentId} thread={t} meId={meId} active={active === t.id} detached={isDetached} onActivate={() => onActivate(t.id)} />
    </li>
  );

  return (
    <div className="review-panel">
      <h3 className="review-panel__heading">
        <button type="button" className="review-panel__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => onOpenChange(!open)}>
          <svg className="review-panel__chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M6 3.5L10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          Comments and amendments
          <span className="review-panel__count">{countWords(openThreads.length, openAmendments)}</span>
        </button>
      </h3>
      {open && (
        <div className="review-panel__body" id={bodyId}>
          {newThread && (
            <NewThreadForm documentId={documentId} sectionId={sectionId} selection={newThread} onCreated={(id) => onNewThreadDone(id)} onCancel={() => onNewThreadDone(null)} />
          )}
          <h4 className="review-panel__group">Comments</h4>
          {attached.length === 0 ? (
            <p className="muted review-panel__empty">No open comments. Select text, then choose Comment.</p>
          ) : (
            <ul className="plain-list review-panel__list">{attached.map((t) => thread(t, false))}</ul>
          )}
          {detached.length > 0 && (
            <>
              <h4 className="review-panel__group">Detached comments ({detached.length})</h4>
              <p className="muted review-panel__empty">The text these comments were about has been deleted. The comments are kept here.</p>
              <ul className="plain-list review-panel__list">{detached.map((t) => thread(t, true))}</ul>
            </>
          )}
          {resolved.length > 0 && (
            <details className="review-panel__resolved">
              <summary>Resolved comments ({resolved.length})</summary>
              <ul className="plain-list review-panel__list">{resolved.map((t) => thread(t, detachedOf(t.id, t.detached)))}</ul>
            </details>
          )}
          <h4 className="review-panel__group">Amendments</h4>
          {sortedAmendments.length === 0 ? (
            <p className="muted review-panel__empty">No amendments proposed.</p>
          ) : (
            <ul className="plain-list review-panel__list">
              {sortedAmendments.map((a) => (
                <li key={a.id}>
                  <AmendmentItem documentId={documentId} amendment={a} doc={doc} meId={meId} decides={decides} active={active === a.id} onActivate={() => onActivate(a.id)} />
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}
