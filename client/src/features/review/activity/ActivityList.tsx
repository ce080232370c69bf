import type * as Y from "yjs";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { useFormats, useT } from "../../../i18n/useLocale";
import { useActivityFeed } from "./useActivityFeed";

interface Props {
  documentId: string;
  /** Goes up when the server says the activity gained an entry this reader may see. */
  pings: number;
  /** The live document: others' typing is activity too. */
  doc: Y.Doc | null;
}

/** What happened on the document, newest first, in sentences, as it happens. */
export function ActivityList({ documentId, pings, doc }: Props) {
  const t = useT();
  const formats = useFormats();
  const { state, reload } = useActivityFeed(documentId, pings, doc);
  if (state.status === "loading") return <LoadingState label={t("review.activity.loading")} />;
  if (state.status === "error") return <ErrorState title={t("review.activity.loadFailed")} error={state.error} onRetry={reload} />;
  const { items } = state.data;
  if (items.length === 0) return <p className="muted">{t("review.activity.empty")}</p>;
  return (
    // A log: new entries are read out politely as they arrive. It scrolls: focusable, so keyboards scroll it too.
    <div className="activity__log" role="log" tabIndex={0} aria-label={t("review.activity.log")}>
      <ol className="plain-list activity__list">
      {items.map((item) => (
        <li key={item.key} className="activity__item">
          <time className="activity__time" dateTime={item.at}>
            {formats.dateTime(item.at)}
          </time>
          <span className="activity__what">
            {item.sentence}
          </span>
        </li>
      ))}
      </ol>
    </div>
  );
}
