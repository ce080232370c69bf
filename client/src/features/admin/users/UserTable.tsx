import type { UserSummary } from "../../../../../shared/api/users";
import { TableRegion } from "../TableRegion";
import { UserRow } from "./UserRow";

interface Props {
  users: readonly UserSummary[];
  onUpdated(user: UserSummary, message: string): void;
}

export function UserTable({ users, onUpdated }: Props) {
  // By name only: a row must not jump away (taking keyboard focus with it) when its account is deactivated.
  const sorted = [...users].sort((a, b) => a.name.localeCompare(b.name));
  return (
    <TableRegion caption={`${users.length} ${users.length === 1 ? "account" : "accounts"}`}>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Email</th>
          <th scope="col">Role</th>
          <th scope="col">Groups</th>
          <th scope="col">Status</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {sorted.map((user) => (
          <UserRow key={user.id} user={user} onUpdated={onUpdated} />
        ))}
      </tbody>
    </TableRegion>
  );
}
