import { Link, useLocation } from "wouter";

const AREAS = [
  { path: "/users", label: "Users" },
  { path: "/invitations", label: "Invitations" },
  { path: "/groups", label: "Groups" },
  { path: "/documents", label: "Documents" },
  { path: "/audit", label: "Audit log" },
] as const;

/** Sub-pages of Administration, styled as tabs but plain links: each has its own address and history entry. */
export function AdminNav() {
  const [location] = useLocation();
  return (
    <nav className="tabs" aria-label="Administration">
      <ul className="tabs__list">
        {AREAS.map((area) => {
          const current = location === area.path || location.startsWith(`${area.path}/`);
          return (
            <li key={area.path}>
              <Link href={area.path} className="tabs__link" aria-current={current ? "page" : undefined}>
                {area.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
