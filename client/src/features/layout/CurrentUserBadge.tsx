import type { Me } from "../../../../shared/api/auth";
import { ROLE_LABELS } from "../../ui/roleLabel";

/** Who is signed in: name, role, and the groups they write for. */
export function CurrentUserBadge({ user }: { user: Me }) {
  const groups = user.groups.map((group) => group.name).join(", ");
  return (
    <div className="current-user">
      <span className="visually-hidden">Signed in as </span>
      <span className="current-user__name">{user.name}</span>
      <span className="current-user__details">
        <span className="current-user__role">{ROLE_LABELS[user.role]}</span>
        {groups && (
          <span className="current-user__groups">
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, groups: </span>
            {groups}
          </span>
        )}
      </span>
    </div>
  );
}
