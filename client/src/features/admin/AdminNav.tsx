import { Link, useLocation } from "wouter";
import type { MessageId } from "../../i18n/catalogues";
import { useT } from "../../i18n/useLocale";

const AREAS: readonly { path: string; label: MessageId }[] = [
  { path: "/users", label: "admin.nav.users" },
  { path: "/invitations", label: "admin.nav.invitations" },
  { path: "/groups", label: "admin.nav.groups" },
  { path: "/documents", label: "admin.nav.documents" },
  { path: "/audit", label: "admin.nav.audit" },
];

/** Sub-pages of Administration, styled as tabs but plain links: each has its own address and history entry. */
export function AdminNav() {
  const [location] = useLocation();
  const t = useT();
  return (
    <nav className="tabs" aria-label={t("admin.title")}>
      <ul className="tabs__list">
        {AREAS.map((area) => {
          const current = location === area.path || location.startsWith(`${area.path}/`);
          return (
            <li key={area.path}>
              <Link href={area.path} className="tabs__link" aria-current={current ? "page" : undefined}>
                {t(area.label)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
