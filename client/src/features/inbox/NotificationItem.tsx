import { Link } from "wouter";
import type { NotificationView } from "../../../../shared/api/inbox";
import { formatDateTime } from "../../ui/formatDate";
import { notificationHref, notificationNote, notificationSentence } from "./notificationWords";

/**
 * One inbox entry: what happened, where and with what outcome, as a link to the exact place (the thread, the
 * suggestion, the amendment or the section); the document, when, and whether it is new.
 */
export function NotificationItem({ notification, onOpen }: { notification: NotificationView; onOpen(): void }) {
  const note = notificationNote(notification);
  return (
    <li className={notification.read ? "notification" : "notification notification--unread"}>
      <p className="notification__what">
        {!notification.read && <span className="notification__new">New</span>}
        <Link href={notificationHref(notification)} onClick={onOpen} className="notification__link">
          {notificationSentence(notification)}
        </Link>
      </p>
      {note && <p className="notification__note">{note}</p>}
      {notification.excerpt && <p className="notification__excerpt">{notification.excerpt}</p>}
      <p className="meta">
        {notification.documentTitle} · <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
      </p>
    </li>
  );
}
