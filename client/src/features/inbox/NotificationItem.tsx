import { Link } from "wouter";
import type { NotificationView } from "../../../../shared/api/threads";
import { formatDateTime } from "../../ui/formatDate";
import { notificationHref, notificationWords } from "./notificationWords";

/** One inbox entry: what happened, where (a link), when, and whether it is new. */
export function NotificationItem({ notification, onOpen }: { notification: NotificationView; onOpen(): void }) {
  return (
    <li className={notification.read ? "notification" : "notification notification--unread"}>
      <p className="notification__what">
        {!notification.read && <span className="notification__new">New</span>}
        <span className="notification__words">{notificationWords(notification)}</span> in{" "}
        <Link href={notificationHref(notification)} onClick={onOpen} className="notification__link">
          {notification.documentTitle}
        </Link>
      </p>
      {notification.excerpt && <p className="notification__excerpt">{notification.excerpt}</p>}
      <p className="meta">
        <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
      </p>
    </li>
  );
}
