import type { InvitationSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
import { hidden } from "../../../i18n/tags";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { ROLE_MESSAGES } from "../../../ui/roleLabel";
import { useAction } from "../../../ui/useAction";
import { revokeButtonId } from "./elementIds";
import { INVITATION_STATUS_MESSAGES, invitationStatus } from "./invitationStatus";

interface Props {
  invitation: InvitationSummary;
  now: Date;
  onRevoked(invitation: InvitationSummary): void;
}

export function InvitationRow({ invitation, now, onRevoked }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const { busy, error, run } = useAction();
  const status = invitationStatus(invitation, now);

  function revoke() {
    if (busy) return;
    if (!window.confirm(t("admin.invitations.confirmRevoke", { email: invitation.email }))) return;
    void run("revoke", async () => {
      await unwrap(api.api.invitations[":id"].$delete({ param: { id: invitation.id } }));
      onRevoked(invitation);
    });
  }

  const when =
    status === "accepted" && invitation.acceptedAt
      ? rich("admin.invitations.acceptedAt", { time: <time dateTime={invitation.acceptedAt}>{formats.dateTime(invitation.acceptedAt)}</time> })
      : rich(status === "expired" ? "admin.invitations.expiredAt" : "admin.invitations.expiresAt", {
          time: <time dateTime={invitation.expiresAt}>{formats.dateTime(invitation.expiresAt)}</time>,
        });

  return (
    <tr>
      <th scope="row" className="table__email">
        <bdi>{invitation.email}</bdi>
      </th>
      <td>{t(ROLE_MESSAGES[invitation.role])}</td>
      <td className="table__groups">
        {invitation.groups.length === 0 ? <span className="muted">{t("admin.none")}</span> : formats.list(invitation.groups.map((group) => group.name))}
      </td>
      <td>
        <span className={`pill pill--${status}`}>{t(INVITATION_STATUS_MESSAGES[status])}</span>
      </td>
      <td className="table__date">{when}</td>
      <td className="table__actions">
        {status === "pending" && (
          <button id={revokeButtonId(invitation.id)} type="button" className="button button--danger button--small" onClick={revoke} aria-disabled={busy !== null || undefined}>
            {busy ? t("admin.invitations.revoking") : rich("admin.invitations.revoke", { email: invitation.email, hidden })}
          </button>
        )}
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
      </td>
    </tr>
  );
}
