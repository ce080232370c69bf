import { Link } from "wouter";
import { api, unwrap } from "../../../api/client";
import { DataTable } from "../../../ui/DataTable";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { useLoad } from "../../../ui/useLoad";
import { usePageTitle } from "../../../ui/usePageTitle";
import { approvalText } from "../../documents/ProgressSummary";
import { formatDate } from "../../../ui/formatDate";
import { PanelHeading } from "../PanelHeading";
import { CreateDocumentForm } from "./CreateDocumentForm";
import { ImportPanel } from "../../import/ImportPanel";

async function loadDocumentsAndGroups() {
  const [{ documents }, { groups }] = await Promise.all([unwrap(api.api.documents.$get()), unwrap(api.api.groups.$get())]);
  return { documents, groups };
}

export function DocumentsAdminPanel() {
  usePageTitle("Documents · Administration");
  const { state, reload } = useLoad(loadDocumentsAndGroups, []);

  if (state.status === "loading") return <LoadingState label="Loading documents…" />;
  if (state.status === "error") return <ErrorState title="The documents could not be loaded." error={state.error} onRetry={reload} />;

  const { documents, groups } = state.data;
  return (
    <section aria-labelledby="admin-documents-heading">
      <PanelHeading id="admin-documents-heading" title="Documents">
        Start a joint paper: give it a title and lay out its sections, each owned by a working group.
      </PanelHeading>
      {documents.length > 0 && (
        <DataTable caption="Existing documents" columns={["Title", "Progress", "Last updated"]}>
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row" className="table__name">
                <Link href={`~/documents/${document.id}`}>{document.title}</Link>
              </th>
              <td>{approvalText(document.approvedCount, document.sectionCount)}</td>
              <td className="table__date">
                <time dateTime={document.updatedAt}>{formatDate(document.updatedAt)}</time>
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
