import type { AuditEntryView } from "../../../../../shared/api/activity";
import { formatDateTime } from "../../../ui/formatDate";
import { TableRegion } from "../TableRegion";

const detailText = (detail: Record<string, unknown>): string =>
  Object.entries(detail)
    .filter(([key]) => key !== "documentId")
    .map(([key, value]) => `${key}: ${typeof value === "string" ? value : JSON.stringify(value)}`)
    .join("; ");

export function AuditTable({ entries, documentTitles }: { entries: readonly AuditEntryView[]; documentTitles: ReadonlyMap<string, string> }) {
  return (
    <TableRegion caption={`${entries.length} ${entries.length === 1 ? "entry" : "entries"}, newest first`}>
      <thead>
        <tr>
          <th scope="col">Time</th>
          <th scope="col">Who</th>
          <th scope="col">Action</th>
          <th scope="col">Document</th>
          <th scope="col">Details</th>
        </tr>
      </thead>
      <tbody>
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
      </tbody>
    </TableRegion>
  );
}
