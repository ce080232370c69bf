import { api, unwrap } from "../../api/client";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { DownloadStatus } from "./DownloadStatus";
import { ExportForm } from "./ExportForm";
import { matrixUrl } from "./exportFormats";
import { useDownload } from "./useDownload";
import { useT } from "../../i18n/useLocale";

/** The paper in any format, from the live text or a saved version, and the comments matrix. */
export function ExportPanel({ documentId }: { documentId: string }) {
  const t = useT();
  const { state, reload } = useLoad(() => unwrap(api.api.documents[":id"].versions.$get({ param: { id: documentId } })), [documentId]);
  const download = useDownload();
  const busy = download.state.status === "working";

  if (state.status === "loading") return <LoadingState label={t("exports.loading")} />;
  if (state.status === "error") return <ErrorState title={t("exports.loadFailed")} error={state.error} onRetry={reload} />;

  return (
    <div className="export">
      <ExportForm documentId={documentId} versions={state.data.versions} busy={busy} onDownload={(url, name, label) => void download.start(url, name, label)} />
      <div className="export__matrix">
        <h3 className="export__heading">{t("exports.matrix.heading")}</h3>
        <p className="muted">{t("exports.matrix.lead")}</p>
        <div className="form__actions">
          {(["docx", "csv"] as const).map((format) => (
            <button
              key={format}
              type="button"
              className="button button--secondary"
              aria-disabled={busy || undefined}
              onClick={() => !busy && void download.start(matrixUrl(documentId, format), `comments-matrix.${format}`, t("exports.matrix.preparing"))}
            >
              {t(format === "docx" ? "exports.matrix.docx" : "exports.matrix.csv")}
            </button>
          ))}
        </div>
      </div>
      <DownloadStatus state={download.state} />
    </div>
  );
}
