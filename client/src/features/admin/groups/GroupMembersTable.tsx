import type { ReactNode } from "react";
import type { GroupDetail } from "../../../../../shared/api/groups";
import { useT } from "../../../i18n/useLocale";
import { useFocusLater } from "../../../ui/useFocusLater";
import { DataTable } from "../../../ui/DataTable";
import { removeMemberButtonId } from "./elementIds";
import { GroupMemberRow } from "./GroupMemberRow";

interface Props {
  group: GroupDetail;
  onChanged(group: GroupDetail, message: ReactNode): void;
}

export function GroupMembersTable({ group, onChanged }: Props) {
  const t = useT();
  const focusLater = useFocusLater();

  function handleRemoved(updated: GroupDetail, message: ReactNode, removedId: string) {
    const index = group.members.findIndex((member) => member.id === removedId);
    const neighbour = updated.members[index] ?? updated.members[index - 1];
    onChanged(updated, message);
    focusLater(neighbour ? removeMemberButtonId(neighbour.id) : "add-member-heading");
  }

  if (group.members.length === 0) {
    return (
      <div className="card empty-state">
        <p>{t("admin.groups.noMembers")}</p>
      </div>
    );
  }
  const columns = [t("admin.column.name"), t("admin.column.email"), t("admin.column.role"), { label: t("admin.actions"), hidden: true }];
  return (
    <DataTable caption={t("admin.groups.membersCaption", { count: group.members.length })} columns={columns}>
      {group.members.map((member) => (
        <GroupMemberRow key={member.id} group={group} member={member} onRemoved={handleRemoved} />
      ))}
    </DataTable>
  );
}
