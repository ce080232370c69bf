import { useState, type ReactNode } from "react";
import type { UserSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
import { bdi } from "../../../i18n/tags";
import { useRichT, useT } from "../../../i18n/useLocale";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { StatusMessage } from "../../../ui/StatusMessage";
import { useLoad } from "../../../ui/useLoad";
import { usePageTitle } from "../../../ui/usePageTitle";
import { PanelHeading } from "../PanelHeading";
import { CreateUserForm } from "./CreateUserForm";
import { UserTable } from "./UserTable";

async function loadUsersAndGroups() {
  const [{ users }, { groups }] = await Promise.all([unwrap(api.api.users.$get()), unwrap(api.api.groups.$get())]);
  return { users, groups };
}

export function UsersPanel() {
  const t = useT();
  const rich = useRichT();
  usePageTitle(t("admin.pageTitle", { page: t("admin.nav.users") }));
  const { state, reload, replace } = useLoad(loadUsersAndGroups, []);
  const [announcement, setAnnouncement] = useState<ReactNode>(null);

  if (state.status === "loading") return <LoadingState label={t("admin.users.loading")} />;
  if (state.status === "error") return <ErrorState title={t("admin.users.loadFailed")} error={state.error} onRetry={reload} />;

  const { users, groups } = state.data;
  function updateUser(user: UserSummary, message: ReactNode) {
    replace({ groups, users: users.map((existing) => (existing.id === user.id ? user : existing)) });
    setAnnouncement(message);
  }
  function addUser(user: UserSummary) {
    replace({ groups, users: [...users, user] });
    setAnnouncement(rich("admin.users.created", { name: user.name, bdi }));
  }

  return (
    <section aria-labelledby="users-heading">
      <PanelHeading id="users-heading" title={t("admin.nav.users")}>
        {t("admin.users.lead")}
      </PanelHeading>
      <StatusMessage message={announcement} />
      <UserTable users={users} onUpdated={updateUser} />
      <CreateUserForm groups={groups} onCreated={addUser} />
    </section>
  );
}
