import { useState } from "react";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { Alert } from "../../ui/Alert";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { StatusMessage } from "../../ui/StatusMessage";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { useT } from "../../i18n/useLocale";
import { NotificationItem } from "./NotificationItem";
import { useInbox } from "./useInbox";

/** Mentions, replies, amendment decisions and reviews for the signed-in person, newest first. */
export function InboxPage() {
  const t = useT();
  usePageTitle(t("inbox.title"));
  const inbox = useInbox();
  const { state, reload, replace } = useLoad(() => unwrap(api.api.inbox.$get()), []);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  async function markRead(ids: string[] | "all") {
    setError(null);
    try {
      const { unread } = await unwrap(api.api.inbox.read.$post({ json: { ids } }));
      inbox.setUnread(unread);
      if (state.status === "ready") {
        const notifications = state.data.notifications.map((n) => (ids === "all" || ids.includes(n.id) ? { ...n, read: true } : n));
        replace({ notifications, unread });
      }
      if (ids === "all") setDone(t("inbox.allMarked"));
    } catch (failure) {
      setError(toApiError(failure).message);
    }
  }

  const unread = state.status === "ready" ? state.data.notifications.filter((n) => !n.read).length : 0;
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t("inbox.title")}</h1>
          <p className="lead">{t("inbox.lead")}</p>
        </div>
        {state.status === "ready" && state.data.notifications.length > 0 && (
          <button type="button" className="button button--secondary" aria-disabled={unread === 0 || undefined} onClick={() => unread > 0 && void markRead("all")}>
            {t("inbox.markAllRead")}
          </button>
        )}
      </div>
      {error && <Alert title={t("inbox.markFailed")}>{error}</Alert>}
      <StatusMessage message={done} />
      {state.status === "loading" && <LoadingState label={t("inbox.loading")} />}
      {state.status === "error" && <ErrorState title={t("inbox.loadFailed")} error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.notifications.length === 0 ? (
          <div className="card empty-state">
            <p className="state__title">{t("inbox.empty")}</p>
            <p>{t("inbox.emptyHint")}</p>
          </div>
        ) : (
          <section className="card inbox" aria-labelledby="inbox-heading">
            <h2 className="inbox__heading" id="inbox-heading">
              {unread === 0 ? t("inbox.allRead") : t("inbox.unread", { count: unread })}
            </h2>
            <ul className="plain-list inbox__list">
              {state.data.notifications.map((notification) => (
                <NotificationItem key={notification.id} notification={notification} onOpen={() => !notification.read && void markRead([notification.id])} />
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
