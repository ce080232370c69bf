import { Link } from "wouter";
import type { WaitingItem } from "../../../../shared/api/inbox";
import { relativeTime } from "../suggestions/relativeTime";
import { useNow } from "../suggestions/useNow";
import { formatDateTime } from "../../ui/formatDate";
import { DueDateBadge } from "../review/DueDateBadge";
import { waitingHref, waitingKey, waitingSentence } from "./waitingWords";

const KIND_LABEL: Record<WaitingItem["kind"], string> = {
  reply: "Reply",
  mention: "Mention",
  suggestion: "Suggestion",
  amendment: "Amendment",
  review: "To review",
};

/** What waits for the person, newest first; each entry a link to the exact place. */
export function WaitingList({ items, onOpen }: { items: readonly WaitingItem[]; onOpen(item: WaitingItem): void }) {
  const now = useNow();
  return (
    <ul className="plain-list waiting">
      {items.map((item) => (
        <li key={waitingKey(item)} className={`waiting__item waiting__item--${item.kind}`}>
          <p className="waiting__what">
            <span className="tag waiting__kind">{KIND_LABEL[item.kind]}</span>
            <Link href={waitingHref(item)} onClick={() => onOpen(item)} className="waiting__link">
              {waitingSentence(item)}
            </Link>
          </p>
          {(item.kind === "reply" || item.kind === "mention") && item.excerpt && <p className="waiting__excerpt">{item.excerpt}</p>}
          <p className="meta waiting__meta">
            <span>{item.documentTitle}</span>
            {item.kind === "review" && <span>{item.ownerGroup}</span>}
            <time dateTime={item.at} title={formatDateTime(item.at)}>
              {relativeTime(item.at, now)}
            </time>
            {item.kind === "review" && item.dueDate && <DueDateBadge dueDate={item.dueDate} approved={false} />}
          </p>
        </li>
      ))}
    </ul>
  );
}
