import { useEffect, useId, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import type { AmendmentView } from "../../../../shared/api/amendments";
import type { ThreadView } from "../../../../shared/api/threads";
import type { SelectedText } from "../../review/editorAnchors";
import type { MarkRanges } from "../editor/ReviewHighlights";
import { StatusMessage } from "../../ui/StatusMessage";
import { useSuggestionCards } from "../suggestions/useSuggestionCards";
import { useNow } from "../suggestions/useNow";
import { SuggestionCard } from "../suggestions/SuggestionCard";
import { SuggestionBulkActions } from "../suggestions/SuggestionBulkActions";
import { ThreadItem } from "./threads/ThreadItem";
import { NewThreadForm } from "./threads/NewThreadForm";
import { AmendmentItem } from "./amendments/AmendmentItem";
import { MarginList, type MarginCard } from "./margin/MarginList";
import { useFocusKeeper } from "./margin/useFocusKeeper";
import { useReviewNavigation } from "./navigation/useReviewNavigation";
import { NavigationHint } from "./navigation/NavigationHint";
import { useActivityAnnouncer } from "./announce/useActivityAnnouncer";
import type { ActivityItem } from "./announce/activityWords";
import { sectionControl } from "../documents/useSectionRoving";
import { useT } from "../../i18n/useLocale";

interface Props {
  documentId: string;
  sectionId: string;
  /** The section's title: what screen readers hear when others add to it names the section. */
  sectionTitle?: string;
  doc: Y.Doc | null;
  meId: string;
  /** May decide on amendments to this section. */
  decides: boolean;
  /** May accept or reject suggestions in this section (as `decides` until told otherwise). */
  decidesSuggestions?: boolean;
  threads: readonly ThreadView[];
  amendments: readonly AmendmentView[];
  /** Where each open thread and amendment is in the text now (null: not known yet). */
  ranges: MarkRanges | null;
  active: string | null;
  onActivate(id: string): void;
  newThread: SelectedText | null;
  onNewThreadDone(threadId: string | null): void;
  open: boolean;
  onOpenChange(open: boolean): void;
}

const DECIDED_SHOWN_MS = 10_000;

const byTime = <T extends { createdAt: string }>(a: T, b: T) => a.createdAt.localeCompare(b.createdAt);

/** The words of a thread or amendment (highlighted by the editor), and of a suggestion with its replies. */
const highlightOf = (id: string) => `[data-review-id="${CSS.escape(id)}"]`;
const suggestionWordsOf = (id: string, threadId: string | undefined) =>
  `[data-suggestion="${CSS.escape(id)}"]${threadId ? `, ${highlightOf(threadId)}` : ""}`;

/**
 * A section's comment threads, suggestions and amendments. The open ones are cards in the order of the text, in
 * the margin beside it on wide screens; threads whose text was deleted are kept in their own group; resolved ones
 * are folded away. Collapsed until asked for (or until there is a new comment, or the keyboard goes to a card).
 */
export function ReviewPanel(props: Props) {
  const { documentId, sectionId, sectionTitle = null, doc, meId, decides, decidesSuggestions = decides, threads, amendments, ranges, active, onActivate, newThread, onNewThreadDone, open, onOpenChange } = props;
  const t = useT();
  const bodyId = useId();
  const panel = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const read = useSuggestionCards(doc, sectionId);
  const cards = useMemo(() => read ?? [], [read]);
  const now = useNow();
  const [decided, setDecided] = useState<string | null>(null);
  const [news, setNews] = useState<string | null>(null);
  // A decision's confirmation has been read out and seen after a while; it would otherwise stay over the cards.
  useEffect(() => {
    if (decided === null) return;
    const timer = setTimeout(() => setDecided(null), DECIDED_SHOWN_MS);
    return () => clearTimeout(timer);
  }, [decided]);

  // A suggestion's replies are shown on its card while it is open; afterwards its thread is a comment like any.
  const cardThreads = new Map<string, ThreadView>();
  const openSuggestions = new Set(cards.map((card) => card.id));
  for (const th of [...threads].sort(byTime)) {
    if (th.status === "open" && th.suggestionId && openSuggestions.has(th.suggestionId) && !cardThreads.has(th.suggestionId)) cardThreads.set(th.suggestionId, th);
  }
  const onCard = (th: ThreadView) => th.suggestionId !== undefined && cardThreads.get(th.suggestionId) === th;

  const detachedOf = (id: string, serverSays: boolean) => (ranges && ranges.has(id) ? ranges.get(id) === null : serverSays);
  const openThreads = threads.filter((t) => t.status === "open" && !onCard(t)).sort(byTime);
  const attached = openThreads.filter((t) => !detachedOf(t.id, t.detached));
  const detached = openThreads.filter((t) => detachedOf(t.id, t.detached));
  const resolved = threads.filter((t) => t.status === "resolved").sort(byTime);
  const openAmendments = amendments.filter((a) => a.status === "open").sort(byTime);
  const closedAmendments = amendments.filter((a) => a.status !== "open").sort(byTime);

  const thread = (t: ThreadView, isDetached: boolean) => (
    <ThreadItem documentId={documentId} thread={t} active={active === t.id} detached={isDetached} onActivate={() => onActivate(t.id)} />
  );
  const amendment = (a: AmendmentView) => (
    <AmendmentItem documentId={documentId} amendment={a} doc={doc} meId={meId} decides={decides} active={active === a.id} onActivate={() => onActivate(a.id)} />
  );

  const at = (id: string) => ranges?.get(id)?.from ?? null;
  const margin: Array<{ at: number | null; card: MarginCard }> = [
    ...attached.map((t) => ({ at: at(t.id), card: { id: t.id, anchor: highlightOf(t.id), node: thread(t, false) } })),
    ...openAmendments.map((a) => ({ at: at(a.id), card: { id: a.id, anchor: ranges?.get(a.id) === null ? null : highlightOf(a.id), node: amendment(a) } })),
    ...cards.map((card) => {
      const replies = cardThreads.get(card.id) ?? null;
      const node = (
        <SuggestionCard
          documentId={documentId}
          sectionId={sectionId}
          card={card}
          doc={doc}
          meId={meId}
          decides={decidesSuggestions}
          active={active === card.id || (replies !== null && active === replies.id)}
          now={now}
          thread={replies}
          onActivate={() => onActivate(card.id)}
          onDecided={setDecided}
        />
      );
      return { at: card.from, card: { id: card.id, anchor: suggestionWordsOf(card.id, replies?.id), node } };
    }),
  ];
  // In the order of the text; what is not placed yet (or has no words any more) goes last.
  const ordered = margin.sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity)).map((entry) => entry.card);
  const activeCard = [...cardThreads].find(([, t]) => t.id === active)?.[0] ?? active;

  useFocusKeeper(
    panel,
    ordered.map((card) => card.id),
    toggle,
    detached.map((t) => t.id),
  );
  /** After deciding many at once, the keyboard stays in the panel (the bulk bar may have gone with them). */
  function keepFocus() {
    requestAnimationFrame(() => {
      if (!document.activeElement || document.activeElement === document.body) toggle.current?.focus();
    });
  }

  useReviewNavigation(panel, { items: ordered.map(({ id, anchor }) => ({ id, anchor })), open, onOpenChange, onActivate });

  const activity = useMemo<ActivityItem[] | null>(
    () =>
      read && [
        ...read.map((card): ActivityItem => ({ key: `suggestion:${card.id}`, kind: "suggestion", authorId: card.authorId, authorName: card.authorName })),
        ...threads.flatMap((t) => t.comments.map((c): ActivityItem => ({ key: `comment:${c.id}`, kind: "reply", authorId: c.author.id, authorName: c.author.name }))),
      ],
    [read, threads],
  );
  useActivityAnnouncer({ source: doc, items: activity, meId, sectionTitle, announce: setNews });

  return (
    <div className="review-panel" ref={panel}>
      <h3 className="review-panel__heading">
        <button {...sectionControl} ref={toggle} type="button" className="review-panel__toggle" aria-expanded={open} aria-controls={bodyId} onClick={() => onOpenChange(!open)}>
          <svg className="review-panel__chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M6 3.5L10.5 8 6 12.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {t("review.panel.toggle")}
          <span className="review-panel__count">{t("review.panel.count", { threads: openThreads.length, amendments: openAmendments.length, suggestions: cards.length })}</span>
        </button>
      </h3>
      <p className="visually-hidden" role="status" aria-live="polite">
        {news}
      </p>
      {open && (
        <div className="review-panel__body" id={bodyId}>
          <StatusMessage message={decided} />
          {newThread && (
            <NewThreadForm documentId={documentId} sectionId={sectionId} selection={newThread} onCreated={(id) => onNewThreadDone(id)} onCancel={() => onNewThreadDone(null)} />
          )}
          {ordered.length === 0 ? (
            <p className="muted review-panel__empty">{t("review.panel.empty")}</p>
          ) : (
            <MarginList cards={ordered} active={activeCard} label={t("review.panel.margin")} />
          )}
          {decidesSuggestions && cards.length > 1 && (
            <SuggestionBulkActions
              documentId={documentId}
              sectionId={sectionId}
              cards={cards}
              onDone={(message) => {
                setDecided(message);
                keepFocus();
              }}
            />
          )}
          {detached.length > 0 && (
            <>
              <h4 className="review-panel__group">{t("review.panel.detached", { count: detached.length })}</h4>
              <p className="muted review-panel__empty">{t("review.panel.detachedNote")}</p>
              <ul className="plain-list review-panel__list">
                {detached.map((t) => (
                  <li key={t.id}>{thread(t, true)}</li>
                ))}
              </ul>
            </>
          )}
          {resolved.length > 0 && (
            <details className="review-panel__resolved">
              <summary>{t("review.panel.resolved", { count: resolved.length })}</summary>
              <ul className="plain-list review-panel__list">
                {resolved.map((t) => (
                  <li key={t.id}>{thread(t, detachedOf(t.id, t.detached))}</li>
                ))}
              </ul>
            </details>
          )}
          {closedAmendments.length > 0 && (
            <>
              <h4 className="review-panel__group">{t("review.panel.decided", { count: closedAmendments.length })}</h4>
              <ul className="plain-list review-panel__list">
                {closedAmendments.map((a) => (
                  <li key={a.id}>{amendment(a)}</li>
                ))}
              </ul>
            </>
          )}
          <NavigationHint />
        </div>
      )}
    </div>
  );
}
