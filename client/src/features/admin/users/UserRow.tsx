import { useState } from "react";
import type { UserSummary, UserUpdateInput } from "../../../../../shared/api/users";
import type { Role } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { useAction } from "../../../ui/useAction";
import { useCurrentUser } from "../../../session/useSession";
import { ROLE_LABELS } from "../../../ui/roleLabel";
import { isRole, ROLE_OPTIONS } from "../roleOptions";

interface Props {
  user: UserSummary;
  onUpdated(user: UserSummary, message: string): void;
}

/** One account: its role can be changed (then saved explicitly) and it can be deactivated or reactivated. */
export function UserRow({ user, onUpdated }: Props) {
  const me = useCurrentUser();
  const isSelf = me.id === user.id;
  const [role, setRole] = useState<Role>(user.role);
  const { busy, error, run } = useAction();
  const roleId = `user-role-${user.id}`;

  function save(change: UserUpdateInput, message: (updated: UserSummary) => string) {
    void run("save", async () => {
      const { user: updated } = await unwrap(api.api.users[":id"].$patch({ param: { id: user.id }, json: change }));
      setRole(updated.role);
      onUpdated(updated, message(updated));
    });
  }

  function chooseRole(value: string) {
    if (isRole(value)) setRole(value);
  }

  return (
    <tr className={user.active ? undefined : "table__row--inactive"}>
      <th scope="row" className="table__name">
        {user.name}
        {isSelf && <span className="tag">You</span>}
      </th>
      <td className="table__email">{user.email}</td>
      <td>
        <div className="inline-edit">
          <label className="visually-hidden" htmlFor={roleId}>
            Role of {user.name}
          </label>
          <select id={roleId} className="input select input--compact" value={role} onChange={(event) => chooseRole(event.target.value)} disabled={isSelf}>
            {ROLE_OPTIONS.map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </select>
          {role !== user.role && (
            <button
              type="button"
              className="button button--primary button--small"
              aria-disabled={busy !== null || undefined}
              onClick={() => save({ role }, (updated) => `${updated.name} is now ${ROLE_LABELS[updated.role].toLowerCase()}.`)}
            >
              Save<span className="visually-hidden"> role of {user.name}</span>
            </button>
          )}
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td className="table__groups">{user.groups.length === 0 ? <span className="muted">None</span> : user.groups.map((group) => group.name).join(", ")}</td>
      <td>{user.active ? "Active" : "Deactivated"}</td>
      <td className="table__actions">
        {isSelf ? (
          <span className="muted">Your account</span>
        ) : (
          <button
            type="button"
            className={user.active ? "button button--danger button--small" : "button button--secondary button--small"}
            aria-disabled={busy !== null || undefined}
            onClick={() =>
              save({ active: !user.active }, (updated) => (updated.active ? `${updated.name} can sign in again.` : `${updated.name} is deactivated and can no longer sign in.`))
            }
          >
            {user.active ? "Deactivate" : "Reactivate"}
            <span className="visually-hidden"> {user.name}</span>
          </button>
        )}
      </td>
    </tr>
  );
}
