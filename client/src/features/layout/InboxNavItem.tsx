import { Link, useLocation } from "wouter";
import { useInbox } from "../inbox/useInbox";
import { useFormats, useT } from "../../i18n/useLocale";

/** The Inbox link in the header, with the unread count as a badge (and in words for screen readers). */
export function InboxNavItem() {
  const [location] = useLocation();
  const { unread } = useInbox();
  const t = useT();
  const formats = useFormats();
  const current = location === "/inbox";
  return (
    <li>
      <Link href="/inbox" className="site-nav__link" aria-current={current ? "page" : undefined}>
        {t("chrome.nav.inbox")}
        {unread !== null && unread > 0 && (
          <>
            <span className="nav-badge" aria-hidden="true">
              {unread > 99 ? `${formats.number(99)}+` : formats.number(unread)}
            </span>
            <span className="visually-hidden"> {t("chrome.nav.unread", { count: unread })}</span>
          </>
        )}
      </Link>
    </li>
  );
}
