import { Link, useLocation } from "wouter";

/** On every page, signed in or not: the way to the accessibility statement and to reporting a barrier. */
export function SiteFooter() {
  const [location] = useLocation();
  return (
    <footer className="site-footer">
      <Link href="/accessibility" aria-current={location === "/accessibility" ? "page" : undefined}>
        Accessibility statement
      </Link>
    </footer>
  );
}
