import { useState, type ReactNode } from "react";
import { Link } from "wouter";
import type { GroupSummary } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { bdi } from "../../../i18n/tags";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { DataTable } from "../../../ui/DataTable";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { StatusMessage } from "../../../ui/StatusMessage";
import { useLoad } from "../../../ui/useLoad";
import { usePageTitle } from "../../../ui/usePageTitle";
import { PanelHeading } from "../PanelHeading";
import { CreateGroupForm } from "./CreateGroupForm";

export function GroupsPanel() {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  usePageTitle(t("admin.pageTitle", { page: t("admin.nav.groups") }));
  const { state, reload, replace } = useLoad(() => unwrap(api.api.groups.$get()), []);
  const [announcement, setAnnouncement] = useState<ReactNode>(null);

  if (state.status === "loading") return <LoadingState label={t("admin.groups.loading")} />;
  if (state.status === "error") return <ErrorState title={t("admin.groups.loadFailed")} error={state.error} onRetry={reload} />;

  const { groups } = state.data;
  function handleCreated(group: GroupSummary) {
    replace({ groups: [...groups, group] });
    setAnnouncement(rich("admin.groups.created", { name: group.name, bdi }));
  }
  const columns = [
    t("admin.column.name"),
    t("admin.column.shortName"),
    { label: t("admin.column.members"), className: "table__number" },
    t("admin.column.description"),
  ];

  return (
    <section aria-labelledby="groups-heading">
      <PanelHeading id="groups-heading" title={t("admin.nav.groups")}>
        {t("admin.groups.lead")}
      </PanelHeading>
      <StatusMessage message={announcement} />
      {groups.length === 0 ? (
        <div className="card empty-state">
          <p>{t("admin.groups.none")}</p>
        </div>
      ) : (
        <DataTable caption={t("admin.groups.caption", { count: groups.length })} columns={columns}>
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row" className="table__name">
                <Link href={`/groups/${group.id}`}>
                  <bdi>{group.name}</bdi>
                </Link>
              </th>
              <td>
                <code className="slug">{group.slug}</code>
              </td>
              <td className="table__number">{formats.number(group.memberCount)}</td>
              <td className="table__description">{group.description || <span className="muted">{t("admin.groups.noDescription")}</span>}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <CreateGroupForm onCreated={handleCreated} />
    </section>
  );
}
