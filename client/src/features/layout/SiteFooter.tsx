import { Link, useLocation } from "wouter";
import { useT } from "../../i18n/useLocale";

/** On every page, signed in or not: the way to the accessibility statement and to reporting a barrier. */
export function SiteFooter() {
  const [location] = useLocation();
  const t = useT();
  return (
    <footer className="site-footer">
      <Link href="/accessibility" aria-current={location === "/accessibility" ? "page" : undefined}>
        {t("chrome.accessibility")}
      </Link>
    </footer>
  );
}
