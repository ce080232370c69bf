import { useState } from "react";
import { Link } from "wouter";
import type { GroupSummary } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { DataTable } from "../../../ui/DataTable";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { StatusMessage } from "../../../ui/StatusMessage";
import { useLoad } from "../../../ui/useLoad";
import { usePageTitle } from "../../../ui/usePageTitle";
import { PanelHeading } from "../PanelHeading";
import { CreateGroupForm } from "./CreateGroupForm";

export function GroupsPanel() {
  usePageTitle("Groups · Administration");
  const { state, reload, replace } = useLoad(() => unwrap(api.api.groups.$get()), []);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  if (state.status === "loading") return <LoadingState label="Loading groups…" />;
  if (state.status === "error") return <ErrorState title="The groups could not be loaded." error={state.error} onRetry={reload} />;

  const { groups } = state.data;
  function handleCreated(group: GroupSummary) {
    replace({ groups: [...groups, group] });
    setAnnouncement(`Group ${group.name} created. Open it to add members.`);
  }

  return (
    <section aria-labelledby="groups-heading">
      <PanelHeading id="groups-heading" title="Groups">
        Working groups own sections: their members draft them.
      </PanelHeading>
      <StatusMessage message={announcement} />
      {groups.length === 0 ? (
        <div className="card empty-state">
          <p>No groups yet. Create the first one below.</p>
        </div>
      ) : (
        <DataTable caption={`${groups.length} ${groups.length === 1 ? "group" : "groups"}`} columns={["Name", "Short name", { label: "Members", className: "table__number" }, "Description"]}>
          {groups.map((group) => (
            <tr key={group.id}>
              <th scope="row" className="table__name">
                <Link href={`/groups/${group.id}`}>{group.name}</Link>
              </th>
              <td>
                <code className="slug">{group.slug}</code>
              </td>
              <td className="table__number">{group.memberCount}</td>
              <td className="table__description">{group.description || <span className="muted">No description</span>}</td>
            </tr>
          ))}
        </DataTable>
      )}
      <CreateGroupForm onCreated={handleCreated} />
    </section>
  );
}
