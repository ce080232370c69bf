import { useState } from "react";
import type { UserSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
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
  usePageTitle("Users · Administration");
  const { state, reload, replace } = useLoad(loadUsersAndGroups, []);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  if (state.status === "loading") return <LoadingState label="Loading users…" />;
  if (state.status === "error") return <ErrorState title="The users could not be loaded." error={state.error} onRetry={reload} />;

  const { users, groups } = state.data;
  function updateUser(user: UserSummary, message: string) {
    replace({ groups, users: users.map((existing) => (existing.id === user.id ? user : existing)) });
    setAnnouncement(message);
  }
  function addUser(user: UserSummary) {
    replace({ groups, users: [...users, user] });
    setAnnouncement(`Account created for ${user.name}.`);
  }

  return (
    <section aria-labelledby="users-heading">
      <PanelHeading id="users-heading" title="Users">
        Everyone with an account. Deactivated people cannot sign in; their work stays attributed to them.
      </PanelHeading>
      <StatusMessage message={announcement} />
      <UserTable users={users} onUpdated={updateUser} />
      <CreateUserForm groups={groups} onCreated={addUser} />
    </section>
  );
}
