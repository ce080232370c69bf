import { useId } from "react";
import type { WaitingItem } from "../../../../shared/api/inbox";
import { api, unwrap } from "../../api/client";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
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

  /** A reply or mention opened from here is read, as from the inbox. */
  function opened(item: WaitingItem) {
    if (item.kind !== "reply" && item.kind !== "mention") return;
    unwrap(api.api.inbox.read.$post({ json: { ids: [item.notificationId] } }))
      .then(({ unread }) => inbox.setUnread(unread))
      // The entry stays unread in the inbox, where marking it again is one click; the link was followed anyway.
      .catch(() => undefined);
  }

  if (state.status === "loading") return <LoadingState label="Loading what needs you…" />;
  if (state.status === "error") return <ErrorState title="What needs you could not be loaded." error={state.error} onRetry={reload} />;
  const { waiting, sections, groups, reviews } = state.data;
  const nothingWaits = groups.length === 0 && !reviews ? "Replies to your comments and mentions of you appear here." : "Replies, mentions, suggestions in your groups' sections and reviews appear here.";
  return (
    <section className="needs" aria-labelledby={`${waitingId}-heading`}>
      <h2 className="needs__heading" id={`${waitingId}-heading`}>
        What needs you
      </h2>
      <div className="needs__panels">
        <section className="card needs__panel" aria-labelledby={waitingId}>
          <h3 className="needs__panel-heading" id={waitingId}>
            Waiting for you{waiting.length > 0 && <span className="needs__count"> ({waiting.length})</span>}
          </h3>
          {waiting.length === 0 ? (
            <p className="muted">
              Nothing waits for you now. {nothingWaits}
            </p>
          ) : (
            <WaitingList items={waiting} onOpen={opened} />
          )}
        </section>
        {groups.length > 0 && (
          <section className="card needs__panel" aria-labelledby={sectionsId}>
            <h3 className="needs__panel-heading" id={sectionsId}>
              Your groups' sections
            </h3>
            <p className="muted needs__groups">{groups.map((g) => g.name).join(", ")}</p>
            {sections.length === 0 ? <p className="muted">Your groups own no sections yet.</p> : <OwnedSections sections={sections} showGroup={groups.length > 1} />}
          </section>
        )}
      </div>
    </section>
  );
}
