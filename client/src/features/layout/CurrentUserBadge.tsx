import type { Me } from "../../../../shared/api/auth";
import { useFormats, useT } from "../../i18n/useLocale";
import { ROLE_MESSAGES } from "../../ui/roleLabel";

/** Who is signed in: name, role, and the groups they write for. */
export function CurrentUserBadge({ user }: { user: Me }) {
  const t = useT();
  const groups = useFormats().list(user.groups.map((group) => group.name));
  return (
    <div className="current-user">
      <span className="visually-hidden">{t("chrome.signedInAs")} </span>
      <bdi className="current-user__name">{user.name}</bdi>
      <span className="current-user__details">
        <span className="current-user__role">{t(ROLE_MESSAGES[user.role])}</span>
        {groups && (
          <span className="current-user__groups">
            <span aria-hidden="true"> · </span>
            <span className="visually-hidden">, {t("chrome.groups")} </span>
            {groups}
          </span>
        )}
      </span>
    </div>
  );
}
