import { api, unwrap } from "../../api/client";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { DataTable } from "../../ui/DataTable";
import { ReviewQueueRow } from "./ReviewQueueRow";
import { useT } from "../../i18n/useLocale";

/** Every section waiting for a decision, oldest first, from GET /api/review-queue. */
export function ReviewQueueTable() {
  const t = useT();
  const { state, reload } = useLoad(() => unwrap(api.api["review-queue"].$get()), []);
  if (state.status === "loading") return <LoadingState label={t("reviewQueue.loading")} />;
  if (state.status === "error") return <ErrorState title={t("reviewQueue.loadFailed")} error={state.error} onRetry={reload} />;
  const { items } = state.data;
  if (items.length === 0) {
    return (
      <div className="card empty-state">
        <p className="state__title">{t("reviewQueue.empty")}</p>
        <p>{t("reviewQueue.emptyHint")}</p>
      </div>
    );
  }
  return (
    <DataTable caption={t("reviewQueue.caption", { count: items.length })}
      columns={[t("reviewQueue.column.section"), t("reviewQueue.column.document"), t("reviewQueue.column.group"), t("reviewQueue.column.submitted"), t("reviewQueue.column.due")]}>
      {items.map((item) => (
        <ReviewQueueRow key={item.section.id} item={item} />
      ))}
    </DataTable>
  );
}
