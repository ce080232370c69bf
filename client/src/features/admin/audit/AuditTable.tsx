import type { AuditEntryView } from "../../../../../shared/api/activity";
import { useFormats, useT } from "../../../i18n/useLocale";
import { DataTable } from "../../../ui/DataTable";

/** The audit log's entries as sentences (the server words them, with names and titles), newest first. */
export function AuditTable({ entries, documentTitles }: { entries: readonly AuditEntryView[]; documentTitles: ReadonlyMap<string, string> }) {
  const t = useT();
  const formats = useFormats();
  const columns = [t("admin.column.time"), t("admin.column.whatHappened"), t("admin.column.document")];
  return (
    <DataTable caption={t("admin.audit.caption", { count: entries.length })} columns={columns}>
      {entries.map((entry) => {
        const title = entry.documentId ? documentTitles.get(entry.documentId) : undefined;
        return (
          <tr key={entry.seq}>
            <td className="table__date">
              <time dateTime={entry.at}>{formats.dateTime(entry.at)}</time>
            </td>
            <td className="audit__what">{entry.sentence}</td>
            <td>{entry.documentId ? title !== undefined ? <bdi>{title}</bdi> : t("admin.audit.deletedDocument") : <span className="muted">—</span>}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}
