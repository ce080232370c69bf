import type { VersionView } from "../../../../shared/api/versions";
import { ACTIONS_COLUMN, DataTable } from "../../ui/DataTable";
import { formatDateTime } from "../../ui/formatDate";
import { VERSION_KIND_LABELS } from "./versionKinds";
import { versionTitle } from "./versionOptions";

interface Props {
  versions: readonly VersionView[];
  /** Observers read and compare; they do not restore. */
  canRestore: boolean;
  onCompareWithNow(version: VersionView): void;
  onRestore(version: VersionView): void;
}

/** Every version, newest first: what it is called, what made it, who and when; compare or restore from here. */
export function VersionTable({ versions, canRestore, onCompareWithNow, onRestore }: Props) {
  if (versions.length === 0) {
    return <p className="empty-state">No versions yet. Save a named version to keep the text as it is now.</p>;
  }
  return (
    <DataTable caption="Saved versions, newest first" columns={["Name", "Kind", "By", "Saved", ACTIONS_COLUMN]}>
      {versions.map((version) => (
        <tr key={version.id}>
          <th scope="row" className="table__name">
            {versionTitle(version)}
          </th>
          <td>
            <span className={`version-kind version-kind--${version.kind}`}>{VERSION_KIND_LABELS[version.kind]}</span>
          </td>
          <td>{version.author?.name ?? <span className="muted">Penholder</span>}</td>
          <td className="table__date">
            <time dateTime={version.createdAt}>{formatDateTime(version.createdAt)}</time>
          </td>
          <td className="table__actions">
            <button type="button" className="button button--secondary button--small" onClick={() => onCompareWithNow(version)}>
              Compare with now<span className="visually-hidden">: {versionTitle(version)}</span>
            </button>
            {canRestore && (
              <button type="button" className="button button--secondary button--small" onClick={() => onRestore(version)}>
                Restore…<span className="visually-hidden"> {versionTitle(version)}</span>
              </button>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
