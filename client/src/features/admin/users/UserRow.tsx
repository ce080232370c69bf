import { useState, type ReactNode } from "react";
import type { UserSummary, UserUpdateInput } from "../../../../../shared/api/users";
import type { Role } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { bdi, hidden } from "../../../i18n/tags";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { useAction } from "../../../ui/useAction";
import { useCurrentUser } from "../../../session/useSession";
import { isRole, roleOptions } from "../roleOptions";

interface Props {
  user: UserSummary;
  onUpdated(user: UserSummary, message: ReactNode): void;
}

/** One account: its role can be changed (then saved explicitly) and it can be deactivated or reactivated. */
export function UserRow({ user, onUpdated }: Props) {
  const me = useCurrentUser();
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const isSelf = me.id === user.id;
  const [role, setRole] = useState<Role>(user.role);
  const { busy, error, run } = useAction();
  const roleId = `user-role-${user.id}`;

  function save(change: UserUpdateInput, message: (updated: UserSummary) => ReactNode) {
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
        <bdi>{user.name}</bdi>
        {isSelf && <span className="tag">{t("admin.users.you")}</span>}
      </th>
      <td className="table__email">
        <bdi>{user.email}</bdi>
      </td>
      <td>
        <div className="inline-edit">
          <label className="visually-hidden" htmlFor={roleId}>
            {t("admin.users.roleOf", { name: user.name })}
          </label>
          <select id={roleId} className="input select input--compact" value={role} onChange={(event) => chooseRole(event.target.value)} disabled={isSelf}>
            {roleOptions(t).map((option) => (
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
              onClick={() => save({ role }, (updated) => rich("admin.users.nowRole", { name: updated.name, role: updated.role, bdi }))}
            >
              {rich("admin.users.saveRole", { name: user.name, hidden })}
            </button>
          )}
        </div>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </td>
      <td className="table__groups">
        {user.groups.length === 0 ? <span className="muted">{t("admin.none")}</span> : formats.list(user.groups.map((group) => group.name))}
      </td>
      <td>{user.active ? t("admin.users.active") : t("admin.users.deactivated")}</td>
      <td className="table__actions">
        {isSelf ? (
          <span className="muted">{t("admin.users.yourAccount")}</span>
        ) : (
          <button
            type="button"
            className={user.active ? "button button--danger button--small" : "button button--secondary button--small"}
            aria-disabled={busy !== null || undefined}
            onClick={() =>
              save({ active: !user.active }, (updated) =>
                rich(updated.active ? "admin.users.canSignInAgain" : "admin.users.deactivatedNotice", { name: updated.name, bdi }),
              )
            }
          >
            {rich(user.active ? "admin.users.deactivate" : "admin.users.reactivate", { name: user.name, hidden })}
          </button>
        )}
      </td>
    </tr>
  );
}
