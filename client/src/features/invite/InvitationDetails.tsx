import type { InvitationPreview } from "../../../../shared/api/users";
import { formatDateTime } from "../../ui/formatDate";
import { ROLE_DESCRIPTIONS, ROLE_LABELS } from "../../ui/roleLabel";

export function InvitationDetails({ invitation }: { invitation: InvitationPreview }) {
  return (
    <dl className="details-list">
      <div>
        <dt>Email</dt>
        <dd>{invitation.email}</dd>
      </div>
      <div>
        <dt>Role</dt>
        <dd>
          {ROLE_LABELS[invitation.role]} <span className="muted">({ROLE_DESCRIPTIONS[invitation.role].toLowerCase()})</span>
        </dd>
      </div>
      <div>
        <dt>Groups</dt>
        <dd>
          {invitation.groups.length === 0 ? (
            <span className="muted">None yet; the secretariat can add you to groups later.</span>
          ) : (
            <ul className="plain-list">
              {invitation.groups.map((group) => (
                <li key={group.id}>{group.name}</li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>Link valid until</dt>
        <dd>
          <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
        </dd>
      </div>
    </dl>
  );
}
