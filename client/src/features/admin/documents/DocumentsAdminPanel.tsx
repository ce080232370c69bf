import { Link } from "wouter";
import { api, unwrap } from "../../../api/client";
import { useFormats, useT } from "../../../i18n/useLocale";
import { DataTable } from "../../../ui/DataTable";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { useLoad } from "../../../ui/useLoad";
import { usePageTitle } from "../../../ui/usePageTitle";
import { PanelHeading } from "../PanelHeading";
import { CreateDocumentForm } from "./CreateDocumentForm";
import { ImportPanel } from "../../import/ImportPanel";

async function loadDocumentsAndGroups() {
  const [{ documents }, { groups }] = await Promise.all([unwrap(api.api.documents.$get()), unwrap(api.api.groups.$get())]);
  return { documents, groups };
}

export function DocumentsAdminPanel() {
  const t = useT();
  const formats = useFormats();
  usePageTitle(t("admin.pageTitle", { page: t("admin.nav.documents") }));
  const { state, reload } = useLoad(loadDocumentsAndGroups, []);

  if (state.status === "loading") return <LoadingState label={t("documents.loading")} />;
  if (state.status === "error") return <ErrorState title={t("documents.loadFailed")} error={state.error} onRetry={reload} />;

  const { documents, groups } = state.data;
  const progress = (approved: number, total: number) => (total === 0 ? t("documents.progressEmpty") : t("documents.progress", { approved, total }));
  return (
    <section aria-labelledby="admin-documents-heading">
      <PanelHeading id="admin-documents-heading" title={t("admin.nav.documents")}>
        {t("admin.documents.lead")}
      </PanelHeading>
      {documents.length > 0 && (
        <DataTable caption={t("admin.documents.caption")} columns={[t("admin.column.title"), t("admin.column.progress"), t("admin.column.lastUpdated")]}>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row" className="table__name">
                <Link href={`~/documents/${document.id}`}>
                  <bdi>{document.title}</bdi>
                </Link>
              </th>
              <td>{progress(document.approvedCount, document.sectionCount)}</td>
              <td className="table__date">
                <time dateTime={document.updatedAt}>{formats.date(document.updatedAt)}</time>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      <CreateDocumentForm groups={groups} />
      <ImportPanel groups={groups} onImported={reload} />
    </section>
  );
}
