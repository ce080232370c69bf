import type { InvitationSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
import { revokeButtonId } from "./elementIds";
import { formatDateTime } from "../../../ui/formatDate";
import { ROLE_LABELS } from "../../../ui/roleLabel";
import { useAction } from "../../../ui/useAction";
import { INVITATION_STATUS_LABELS, invitationStatus } from "./invitationStatus";

interface Props {
  invitation: InvitationSummary;
  now: Date;
  onRevoked(invitation: InvitationSummary): void;
}

export function InvitationRow({ invitation, now, onRevoked }: Props) {
  const { busy, error, run } = useAction();
  const status = invitationStatus(invitation, now);

  function revoke() {
    if (busy) return;
    if (!window.confirm(`Revoke the invitation for ${invitation.email}? Its link will stop working.`)) return;
    void run("revoke", async () => {
      await unwrap(api.api.invitations[":id"].$delete({ param: { id: invitation.id } }));
      onRevoked(invitation);
    });
  }

  return (
    <tr>
      <th scope="row" className="table__email">
        {invitation.email}
      </th>
      <td>{ROLE_LABELS[invitation.role]}</td>
      <td className="table__groups">{invitation.groups.length === 0 ? <span className="muted">None</span> : invitation.groups.map((group) => group.name).join(", ")}</td>
      <td>
        <span className={`pill pill--${status}`}>{INVITATION_STATUS_LABELS[status]}</span>
      </td>
      <td className="table__date">
        {status === "accepted" && invitation.acceptedAt ? (
          <>
            Accepted <time dateTime={invitation.acceptedAt}>{formatDateTime(invitation.acceptedAt)}</time>
          </>
        ) : (
          <>
            {status === "expired" ? "Expired" : "Expires"} <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
          </>
        )}
      </td>
      <td className="table__actions">
        {status === "pending" && (
          <button id={revokeButtonId(invitation.id)} type="button" className="button button--danger button--small" onClick={revoke} aria-disabled={busy !== null || undefined}>
            {busy ? "Revoking…" : "Revoke"}
            <span className="visually-hidden"> the invitation for {invitation.email}</span>
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
