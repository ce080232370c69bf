import { api, unwrap } from "../../api/client";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { DataTable } from "../../ui/DataTable";
import { ReviewQueueRow } from "./ReviewQueueRow";

/** Every section waiting for a decision, oldest first, from GET /api/review-queue. */
export function ReviewQueueTable() {
  const { state, reload } = useLoad(() => unwrap(api.api["review-queue"].$get()), []);
  if (state.status === "loading") return <LoadingState label="Loading the review queue…" />;
  if (state.status === "error") return <ErrorState title="The review queue could not be loaded." error={state.error} onRetry={reload} />;
  const { items } = state.data;
  if (items.length === 0) {
    return (
      <div className="card empty-state">
        <p className="state__title">Nothing is waiting for review.</p>
        <p>Sections appear here when their working group submits them for review.</p>
      </div>
    );
  }
  return (
    <DataTable caption={`${items.length} ${items.length === 1 ? "section" : "sections"} waiting for review, oldest first`} columns={["Section", "Document", "Working group", "Submitted", "Due"]}>
      {items.map((item) => (
        <ReviewQueueRow key={item.section.id} item={item} />
      ))}
    </DataTable>
  );
}
