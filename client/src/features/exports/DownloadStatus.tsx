import { Alert } from "../../ui/Alert";
import { TransferProgress } from "./TransferProgress";
import type { DownloadState } from "./useDownload";

/** How a download is going: progress while it runs, where it went, or what went wrong and what to do. */
export function DownloadStatus({ state }: { state: DownloadState }) {
  return (
    <div className="export__status">
      <div role="status" aria-live="polite">
        {state.status === "working" && <TransferProgress label={state.label} done={state.progress.received} total={state.progress.total} />}
        {state.status === "done" && <p className="export__done">Downloaded “{state.filename}”. Your browser saved it with your other downloads.</p>}
      </div>
      {state.status === "error" && (
        <Alert title="The file was not downloaded">
          {state.message} Try again; if it keeps failing, try another format or ask the secretariat.
        </Alert>
      )}
    </div>
  );
}
