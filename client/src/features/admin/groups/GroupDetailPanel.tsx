import { useState, type ReactNode } from "react";
import { Link } from "wouter";
import type { GroupDetail } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { useT } from "../../../i18n/useLocale";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { StatusMessage } from "../../../ui/StatusMessage";
import { useLoad } from "../../../ui/useLoad";
import { usePageTitle } from "../../../ui/usePageTitle";
import { AddMemberForm } from "./AddMemberForm";
import { EditGroupForm } from "./EditGroupForm";
import { GroupMembersTable } from "./GroupMembersTable";

async function loadGroupAndUsers(id: string) {
  const [{ group }, { users }] = await Promise.all([unwrap(api.api.groups[":id"].$get({ param: { id } })), unwrap(api.api.users.$get())]);
  return { group, users };
}

export function GroupDetailPanel({ id }: { id: string }) {
  const t = useT();
  const { state, reload, replace } = useLoad(() => loadGroupAndUsers(id), [id]);
  const [announcement, setAnnouncement] = useState<ReactNode>(null);
  usePageTitle(state.status === "ready" ? t("admin.groups.detailTitle", { name: state.data.group.name }) : t("admin.pageTitle", { page: t("admin.groups.group") }));

  if (state.status === "loading") return <LoadingState label={t("admin.groups.loadingOne")} />;
  if (state.status === "error") return <ErrorState title={t("admin.groups.loadOneFailed")} error={state.error} onRetry={reload} headingLevel={2} />;

  const { group, users } = state.data;
  function update(next: GroupDetail, message: ReactNode) {
    replace({ users, group: next });
    setAnnouncement(message);
  }

  return (
    <section aria-labelledby="group-heading">
      <p className="back-link">
        <Link href="/groups">
          <span className="back-link__arrow" aria-hidden="true">
            ←{" "}
          </span>
          {t("admin.groups.all")}
        </Link>
      </p>
      <div className="panel-heading">
        <h2 id="group-heading">
          <bdi>{group.name}</bdi> <code className="slug">{group.slug}</code>
        </h2>
        {group.description && <p className="muted">{group.description}</p>}
      </div>
      <StatusMessage message={announcement} />
      <GroupMembersTable group={group} onChanged={update} />
      <AddMemberForm group={group} users={users} onAdded={update} />
      <EditGroupForm group={group} onSaved={update} />
    </section>
  );
}
