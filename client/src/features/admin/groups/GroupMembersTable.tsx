import type { GroupDetail } from "../../../../../shared/api/groups";
import { useFocusLater } from "../../../ui/useFocusLater";
import { ACTIONS_COLUMN, DataTable } from "../../../ui/DataTable";
import { removeMemberButtonId } from "./elementIds";
import { GroupMemberRow } from "./GroupMemberRow";

interface Props {
  group: GroupDetail;
  onChanged(group: GroupDetail, message: string): void;
}

export function GroupMembersTable({ group, onChanged }: Props) {
  const focusLater = useFocusLater();

  function handleRemoved(updated: GroupDetail, message: string, removedId: string) {
    const index = group.members.findIndex((member) => member.id === removedId);
    const neighbour = updated.members[index] ?? updated.members[index - 1];
    onChanged(updated, message);
    focusLater(neighbour ? removeMemberButtonId(neighbour.id) : "add-member-heading");
  }

  if (group.members.length === 0) {
    return (
      <div className="card empty-state">
        <p>No members yet. Add people below; they will be able to edit the sections this group owns.</p>
      </div>
    );
  }
  return (
    <DataTable caption={`Members (${group.members.length})`} columns={["Name", "Email", "Role", ACTIONS_COLUMN]}>
      {group.members.map((member) => (
        <GroupMemberRow key={member.id} group={group} member={member} onRemoved={handleRemoved} />
      ))}
    </DataTable>
  );
}
