import { Link } from "wouter";
import type { NotificationView } from "../../../../shared/api/inbox";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { notificationHref, notificationNote, notificationSentence } from "./notificationWords";

/**
 * One inbox entry: what happened, where and with what outcome, as a link to the exact place (the thread, the
 * suggestion, the amendment or the section); the document, when, and whether it is new.
 */
export function NotificationItem({ notification, onOpen }: { notification: NotificationView; onOpen(): void }) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const note = notificationNote(notification, t);
  return (
    <li className={notification.read ? "notification" : "notification notification--unread"}>
      <p className="notification__what">
        {!notification.read && <span className="notification__new">{t("inbox.new")}</span>}
        <Link href={notificationHref(notification)} onClick={onOpen} className="notification__link">
          {notificationSentence(notification, rich, t("needs.someone"))}
        </Link>
      </p>
      {note && <p className="notification__note">{note}</p>}
      {notification.excerpt && (
        <p className="notification__excerpt" dir="auto">
          {notification.excerpt}
        </p>
      )}
      <p className="meta">
        <bdi>{notification.documentTitle}</bdi> · <time dateTime={notification.createdAt}>{formats.dateTime(notification.createdAt)}</time>
      </p>
    </li>
  );
}
