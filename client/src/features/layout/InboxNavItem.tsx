import { Link, useLocation } from "wouter";
import { useInbox } from "../inbox/useInbox";

/** The Inbox link in the header, with the unread count as a badge (and in words for screen readers). */
export function InboxNavItem() {
  const [location] = useLocation();
  const { unread } = useInbox();
  const current = location === "/inbox";
  return (
    <li>
      <Link href="/inbox" className="site-nav__link" aria-current={current ? "page" : undefined}>
        Inbox
        {unread !== null && unread > 0 && (
          <>
            <span className="nav-badge" aria-hidden="true">
              {unread > 99 ? "99+" : unread}
            </span>
            <span className="visually-hidden"> ({unread} unread)</span>
          </>
        )}
      </Link>
    </li>
  );
}
