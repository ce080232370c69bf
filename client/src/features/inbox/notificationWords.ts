import type { NotificationView } from "../../../../shared/api/threads";

const WORDS: Record<NotificationView["kind"], string> = {
  mention: "mentioned you",
  reply: "replied in a thread you are in",
  amendment: "acted on an amendment",
  transition: "reviewed a section of your group",
};

/** "Ravi Menon mentioned you" — what happened, in words. */
export function notificationWords(notification: NotificationView): string {
  return `${notification.actor?.name ?? "Someone"} ${WORDS[notification.kind]}`;
}

/** Where the notification leads: the thread when there is one, else the document. */
export function notificationHref(notification: NotificationView): string {
  const base = `/documents/${notification.documentId}`;
  return notification.threadId ? `${base}#thread-${notification.threadId}` : base;
}
