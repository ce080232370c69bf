import type { ReactNode } from "react";
import type { GroupDetail } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { bdi, hidden } from "../../../i18n/tags";
import { useRichT, useT } from "../../../i18n/useLocale";
import { ROLE_MESSAGES } from "../../../ui/roleLabel";
import { useAction } from "../../../ui/useAction";
import { isRole } from "../roleOptions";
import { removeMemberButtonId } from "./elementIds";

interface Props {
  group: GroupDetail;
  member: GroupDetail["members"][number];
  onRemoved(group: GroupDetail, message: ReactNode, removedId: string): void;
}

export function GroupMemberRow({ group, member, onRemoved }: Props) {
  const t = useT();
  const rich = useRichT();
  const { busy, error, run } = useAction();

  function remove() {
    void run("remove", async () => {
      const { group: updated } = await unwrap(api.api.groups[":id"].members[":userId"].$delete({ param: { id: group.id, userId: member.id } }));
      onRemoved(updated, rich("admin.groups.removed", { name: member.name, group: group.name, bdi }), member.id);
    });
  }

  return (
    <tr>
      <th scope="row" className="table__name">
        <bdi>{member.name}</bdi>
      </th>
      <td className="table__email">
        <bdi>{member.email}</bdi>
      </td>
      <td>{isRole(member.role) ? t(ROLE_MESSAGES[member.role]) : member.role}</td>
      <td className="table__actions">
        <button id={removeMemberButtonId(member.id)} type="button" className="button button--danger button--small" onClick={remove} aria-disabled={busy !== null || undefined}>
          {busy ? t("admin.groups.removing") : rich("admin.groups.remove", { name: member.name, group: group.name, hidden })}
        </button>
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
