import type { AuditEntryView } from "../../../../../shared/api/activity";
import { formatDateTime } from "../../../ui/formatDate";
import { DataTable } from "../../../ui/DataTable";

/** The audit log's entries as sentences (the server words them, with names and titles), newest first. */
export function AuditTable({ entries, documentTitles }: { entries: readonly AuditEntryView[]; documentTitles: ReadonlyMap<string, string> }) {
  return (
    <DataTable caption={`${entries.length} ${entries.length === 1 ? "entry" : "entries"}, newest first`} columns={["Time", "What happened", "Document"]}>
      {entries.map((entry) => (
        <tr key={entry.seq}>
          <td className="table__date">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </td>
          <td className="audit__what">{entry.sentence}</td>
          <td>{entry.documentId ? (documentTitles.get(entry.documentId) ?? "A deleted document") : <span className="muted">—</span>}</td>
        </tr>
      ))}
    </DataTable>
  );
}
