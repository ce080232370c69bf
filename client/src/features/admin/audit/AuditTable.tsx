import type { AuditEntryView } from "../../../../../shared/api/activity";
import { formatDateTime } from "../../../ui/formatDate";
import { DataTable } from "../../../ui/DataTable";

const detailText = (detail: Record<string, unknown>): string =>
  Object.entries(detail)
    .filter(([key]) => key !== "documentId")
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("; ");

export function AuditTable({ entries, documentTitles }: { entries: readonly AuditEntryView[]; documentTitles: ReadonlyMap<string, string> }) {
  return (
    <DataTable caption={`${entries.length} ${entries.length === 1 ? "entry" : "entries"}, newest first`} columns={["Time", "Who", "Action", "Document", "Details"]}>
      {entries.map((entry) => (
        <tr key={entry.seq}>
          <td className="table__date">
            <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
          </td>
          <td>{entry.actor ? entry.actor.name : <span className="muted">Penholder</span>}</td>
          <td>
            <code>{entry.action}</code>
          </td>
          <td>{entry.documentId ? (documentTitles.get(entry.documentId) ?? entry.documentId) : <span className="muted">—</span>}</td>
          <td className="audit__detail">{detailText(entry.detail)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
