import type { InvitationPreview } from "../../../../shared/api/users";
import type { Role } from "../../../../shared/rights";
import type { MessageId } from "../../i18n/catalogues";
import { useFormats, useT } from "../../i18n/useLocale";
import { ROLE_MESSAGES } from "../../ui/roleLabel";

/** What each role may do, in a few words, for someone deciding whether to accept. */
const ROLE_DESCRIPTIONS: Record<Role, MessageId> = {
  admin: "invite.roleDescription.admin",
  chair: "invite.roleDescription.chair",
  member: "invite.roleDescription.member",
  observer: "invite.roleDescription.observer",
};

export function InvitationDetails({ invitation }: { invitation: InvitationPreview }) {
  const t = useT();
  const formats = useFormats();
  return (
    <dl className="details-list">
      <div>
        <dt>{t("invite.email")}</dt>
        <dd>
          <bdi>{invitation.email}</bdi>
        </dd>
      </div>
      <div>
        <dt>{t("invite.role")}</dt>
        <dd>
          {t(ROLE_MESSAGES[invitation.role])} <span className="muted">{t(ROLE_DESCRIPTIONS[invitation.role])}</span>
        </dd>
      </div>
      <div>
        <dt>{t("invite.groups")}</dt>
        <dd>
          {invitation.groups.length === 0 ? (
            <span className="muted">{t("invite.noGroups")}</span>
          ) : (
            <ul className="plain-list">
              {invitation.groups.map((group) => (
                <li key={group.id}>
                  <bdi>{group.name}</bdi>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t("invite.validUntil")}</dt>
        <dd>
          <time dateTime={invitation.expiresAt}>{formats.dateTime(invitation.expiresAt)}</time>
        </dd>
      </div>
    </dl>
  );
}
