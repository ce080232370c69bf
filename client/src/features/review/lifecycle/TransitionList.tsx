import { api, unwrap } from "../../../api/client";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { useLoad } from "../../../ui/useLoad";
import { transitionMessage } from "../../../review/lifecycle";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";

interface Props {
  documentId: string;
  sectionId: string;
  /** Changes when the section moves again: the list loads again. */
  latest: string | null;
}

/** A section's changes of status, newest first. */
export function TransitionList({ documentId, sectionId, latest }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const { state, reload } = useLoad(
    () => unwrap(api.api.documents[":id"].sections[":sectionId"].transitions.$get({ param: { id: documentId, sectionId } })),
    [documentId, sectionId, latest],
  );
  if (state.status === "loading") return <LoadingState label={t("review.history.loading")} />;
  if (state.status === "error") return <ErrorState title={t("review.history.loadFailed")} error={state.error} onRetry={reload} />;
  const transitions = [...state.data.transitions].reverse();
  if (transitions.length === 0) return <p className="muted history__empty">{t("review.history.empty")}</p>;
  return (
    <ol className="history__list">
      {transitions.map((transition) => (
        <li key={transition.id} className="history__item">
          <span className="history__what">{rich(transitionMessage(transition), { name: <bdi>{transition.by.name}</bdi> })}</span>{" "}
          <time className="history__when" dateTime={transition.at}>
            {formats.dateTime(transition.at)}
          </time>
          {transition.note && <q className="history__note" dir="auto">{transition.note}</q>}
        </li>
      ))}
    </ol>
  );
}
