import { useId } from "react";
import type { WaitingItem } from "../../../../shared/api/inbox";
import { api, unwrap } from "../../api/client";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { useFormats, useT } from "../../i18n/useLocale";
import { useInbox } from "../inbox/useInbox";
import { OwnedSections } from "./OwnedSections";
import { WaitingList } from "./WaitingList";

/**
 * The top of the landing page: what waits for the signed-in person (replies, mentions, suggestions in their
 * sections, sections to review) and their groups' sections with what is open in them, each a link to the place.
 */
export function NeedsYou() {
  const inbox = useInbox();
  const { state, reload } = useLoad(() => unwrap(api.api.me.needs.$get({ query: { limit: "30" } })), []);
  const waitingId = useId();
  const sectionsId = useId();
  const t = useT();
  const formats = useFormats();

  /** A reply or mention opened from here is read, as from the inbox. */
  function opened(item: WaitingItem) {
    if (item.kind !== "reply" && item.kind !== "mention") return;
    unwrap(api.api.inbox.read.$post({ json: { ids: [item.notificationId] } }))
      .then(({ unread }) => inbox.setUnread(unread))
      // The entry stays unread in the inbox, where marking it again is one click; the link was followed anyway.
      .catch(() => undefined);
  }

  if (state.status === "loading") return <LoadingState label={t("needs.loading")} />;
  if (state.status === "error") return <ErrorState title={t("needs.loadFailed")} error={state.error} onRetry={reload} />;
  const { waiting, sections, groups, reviews } = state.data;
  const nothingWaits = groups.length === 0 && !reviews ? t("needs.nothingReader") : t("needs.nothingWriter");
  return (
    <section className="needs" aria-labelledby={`${waitingId}-heading`}>
      <h2 className="needs__heading" id={`${waitingId}-heading`}>
        {t("needs.title")}
      </h2>
      <div className="needs__panels">
        <section className="card needs__panel" aria-labelledby={waitingId}>
          <h3 className="needs__panel-heading" id={waitingId}>
            {t("needs.waiting")}
            {waiting.length > 0 && <span className="needs__count"> {t("needs.count", { count: waiting.length })}</span>}
          </h3>
          {waiting.length === 0 ? (
            <p className="muted">
              {t("needs.nothing")} {nothingWaits}
            </p>
          ) : (
            <WaitingList items={waiting} onOpen={opened} />
          )}
        </section>
        {groups.length > 0 && (
          <section className="card needs__panel" aria-labelledby={sectionsId}>
            <h3 className="needs__panel-heading" id={sectionsId}>
              {t("needs.groupSections")}
            </h3>
            <p className="muted needs__groups">{formats.list(groups.map((g) => g.name))}</p>
            {sections.length === 0 ? <p className="muted">{t("needs.noGroupSections")}</p> : <OwnedSections sections={sections} showGroup={groups.length > 1} />}
          </section>
        )}
      </div>
    </section>
  );
}
