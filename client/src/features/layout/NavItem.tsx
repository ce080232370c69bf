import { Link, useLocation } from "wouter";

/** A header link that marks the current area with aria-current (and the matching style). */
export function NavItem({ href, label }: { href: string; label: string }) {
  const [location] = useLocation();
  const current = href === "/" ? location === "/" || location.startsWith("/documents") : location === href || location.startsWith(`${href}/`);
  return (
    <li>
      <Link href={href} className="site-nav__link" aria-current={current ? "page" : undefined}>
        {label}
      </Link>
    </li>
  );
}
