import type { UserSummary } from "../../../../../shared/api/users";
import { ACTIONS_COLUMN, DataTable } from "../../../ui/DataTable";
import { UserRow } from "./UserRow";

interface Props {
  users: readonly UserSummary[];
  onUpdated(user: UserSummary, message: string): void;
}

export function UserTable({ users, onUpdated }: Props) {
  // By name only: a row must not jump away (taking keyboard focus with it) when its account is deactivated.
  const sorted = [...users].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <DataTable caption={`${users.length} ${users.length === 1 ? "account" : "accounts"}`} columns={["Name", "Email", "Role", "Groups", "Status", ACTIONS_COLUMN]}>
      {sorted.map((user) => (
        <UserRow key={user.id} user={user} onUpdated={onUpdated} />
      ))}
    </DataTable>
  );
}
