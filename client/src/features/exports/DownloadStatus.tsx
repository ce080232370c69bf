import { Alert } from "../../ui/Alert";
import { TransferProgress } from "./TransferProgress";
import { useRichT, useT } from "../../i18n/useLocale";
import { bdi } from "../../i18n/tags";
import type { DownloadState } from "./useDownload";

/** How a download is going: progress while it runs, where it went, or what went wrong and what to do. */
export function DownloadStatus({ state }: { state: DownloadState }) {
  const t = useT();
  const rich = useRichT();
  return (
    <div className="export__status">
      <div role="status" aria-live="polite">
        {state.status === "working" && <TransferProgress label={state.label} done={state.progress.received} total={state.progress.total} />}
        {state.status === "done" && <p className="export__done">{rich("exports.done", { filename: state.filename, bdi })}</p>}
      </div>
      {state.status === "error" && (
        <Alert title={t("exports.failed.title")}>
          {t("exports.failed.body", { message: state.message })}
        </Alert>
      )}
    </div>
  );
}
