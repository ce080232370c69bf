import type { VersionView } from "../../../../shared/api/versions";
import { hidden } from "../../i18n/tags";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { DataTable } from "../../ui/DataTable";
import { VERSION_KIND_MESSAGES } from "./versionKinds";
import { useVersionNames } from "./versionNames";

interface Props {
  versions: readonly VersionView[];
  /** Observers read and compare; they do not restore. */
  canRestore: boolean;
  onCompareWithNow(version: VersionView): void;
  onRestore(version: VersionView): void;
}

/** Every version, newest first: what it is called, what made it, who and when; compare or restore from here. */
export function VersionTable({ versions, canRestore, onCompareWithNow, onRestore }: Props) {
  const t = useT();
  const richT = useRichT();
  const formats = useFormats();
  const names = useVersionNames();
  if (versions.length === 0) {
    return <p className="empty-state">{t("versions.table.empty")}</p>;
  }
  const columns = [t("versions.table.name"), t("versions.table.kind"), t("versions.table.by"), t("versions.table.saved"), { label: t("versions.table.actions"), hidden: true }];
  return (
    <DataTable caption={t("versions.table.caption")} columns={columns}>
      {versions.map((version) => {
        const name = names.title(version);
        return (
          <tr key={version.id}>
            <th scope="row" className="table__name">
              {name}
            </th>
            <td>
              <span className={`version-kind version-kind--${version.kind}`}>{t(VERSION_KIND_MESSAGES[version.kind])}</span>
            </td>
            <td>{version.author ? <bdi>{version.author.name}</bdi> : <span className="muted">Penholder</span>}</td>
            <td className="table__date">
              <time dateTime={version.createdAt}>{formats.dateTime(version.createdAt)}</time>
            </td>
            <td className="table__actions">
              <button type="button" className="button button--secondary button--small" onClick={() => onCompareWithNow(version)}>
                {richT("versions.table.compareNow", { name, hidden })}
              </button>
              {canRestore && (
                <button type="button" className="button button--secondary button--small" onClick={() => onRestore(version)}>
                  {richT("versions.table.restore", { name, hidden })}
                </button>
              )}
            </td>
          </tr>
        );
      })}
    </DataTable>
  );
}
