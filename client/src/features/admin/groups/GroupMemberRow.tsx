import type { GroupDetail } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { removeMemberButtonId } from "./elementIds";
import { ROLE_LABELS } from "../../../ui/roleLabel";
import { useAction } from "../../../ui/useAction";
import { isRole } from "../roleOptions";

interface Props {
  group: GroupDetail;
  member: GroupDetail["members"][number];
  onRemoved(group: GroupDetail, message: string, removedId: string): void;
}

export function GroupMemberRow({ group, member, onRemoved }: Props) {
  const { busy, error, run } = useAction();

  function remove() {
    void run("remove", async () => {
      const { group: updated } = await unwrap(api.api.groups[":id"].members[":userId"].$delete({ param: { id: group.id, userId: member.id } }));
      onRemoved(updated, `${member.name} removed from ${group.name}.`, member.id);
    });
  }

  return (
    <tr>
      <th scope="row" className="table__name">
        {member.name}
      </th>
      <td className="table__email">{member.email}</td>
      <td>{isRole(member.role) ? ROLE_LABELS[member.role] : member.role}</td>
      <td className="table__actions">
        <button id={removeMemberButtonId(member.id)} type="button" className="button button--danger button--small" onClick={remove} aria-disabled={busy !== null || undefined}>
          {busy ? "Removing…" : "Remove"}
          <span className="visually-hidden">
            {" "}
            {member.name} from {group.name}
          </span>
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
