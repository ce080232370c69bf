import type { InvitationSummary } from "../../../../../shared/api/users";
import { useT } from "../../../i18n/useLocale";
import { useFocusLater } from "../../../ui/useFocusLater";
import { DataTable } from "../../../ui/DataTable";
import { revokeButtonId } from "./elementIds";
import { InvitationRow } from "./InvitationRow";
import { invitationStatus } from "./invitationStatus";

interface Props {
  invitations: readonly InvitationSummary[];
  onRevoked(invitation: InvitationSummary): void;
}

export function InvitationTable({ invitations, onRevoked }: Props) {
  const t = useT();
  const focusLater = useFocusLater();
  if (invitations.length === 0) {
    return (
      <div className="card empty-state">
        <p>{t("admin.invitations.none")}</p>
      </div>
    );
  }
  const now = new Date();
  const sorted = [...invitations].sort((a, b) => b.createdAt.localeCompare(a.createdAt));

  function handleRevoked(invitation: InvitationSummary) {
    // Focus the next invitation that can still be revoked, or the form heading: the pressed button is gone.
    const index = sorted.findIndex((existing) => existing.id === invitation.id);
    const next = [...sorted.slice(index + 1), ...sorted.slice(0, index).reverse()].find((other) => invitationStatus(other, now) === "pending");
    onRevoked(invitation);
    focusLater(next ? revokeButtonId(next.id) : "create-invitation-heading");
  }
  const columns = [
    t("admin.column.email"),
    t("admin.column.role"),
    t("admin.column.groups"),
    t("admin.column.status"),
    t("admin.column.date"),
    { label: t("admin.actions"), hidden: true },
  ];
  return (
    <DataTable caption={t("admin.invitations.caption")} columns={columns}>
      {sorted.map((invitation) => (
        <InvitationRow key={invitation.id} invitation={invitation} now={now} onRevoked={handleRevoked} />
      ))}
    </DataTable>
  );
}
