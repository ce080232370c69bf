import { api, unwrap } from "../../../api/client";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { useLoad } from "../../../ui/useLoad";
import { formatDateTime } from "../../../ui/formatDate";

interface Props {
  documentId: string;
  /** Section titles by id, to say where something happened. */
  sectionTitles: ReadonlyMap<string, string>;
}

/** What happened on the document, newest first: reviews, comments, amendments, and who typed where. */
export function ActivityList({ documentId, sectionTitles }: Props) {
  const { state, reload } = useLoad(() => unwrap(api.api.documents[":id"].activity.$get({ param: { id: documentId } })), [documentId]);
  if (state.status === "loading") return <LoadingState label="Loading activity…" />;
  if (state.status === "error") return <ErrorState title="The activity could not be loaded." error={state.error} onRetry={reload} />;
  const { items } = state.data;
  return (
    <>
      <p className="activity__refresh">
        <button type="button" className="button button--secondary button--small" onClick={reload}>
          Refresh
        </button>
      </p>
      {items.length === 0 ? (
        <p className="muted">Nothing yet.</p>
      ) : (
        // It scrolls: focusable, so that keyboard users can scroll it too.
        <ol className="plain-list activity__list" tabIndex={0} aria-label="Activity, newest first">
          {items.map((item, index) => {
            const section = item.sectionId ? sectionTitles.get(item.sectionId) : undefined;
            return (
              <li key={`${item.at}-${index}`} className="activity__item">
                <time className="activity__time" dateTime={item.at}>
                  {formatDateTime(item.at)}
                </time>
                <span className="activity__what">
                  <span className="activity__who">{item.actor?.name ?? "Penholder"}</span> {item.summary}
                  {section && !item.summary.includes(`“${section}”`) && <span className="activity__where"> in “{section}”</span>}
                </span>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
