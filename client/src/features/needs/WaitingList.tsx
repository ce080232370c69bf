import { Link } from "wouter";
import type { WaitingItem } from "../../../../shared/api/inbox";
import { useNow } from "../suggestions/useNow";
import { DueDateBadge } from "../review/DueDateBadge";
import { waitingHref, waitingKey, waitingSentence } from "./waitingWords";
import type { MessageId } from "../../i18n/catalogues";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";

const KIND_MESSAGES: Record<WaitingItem["kind"], MessageId> = {
  reply: "needs.kind.reply",
  mention: "needs.kind.mention",
  suggestion: "needs.kind.suggestion",
  amendment: "needs.kind.amendment",
  review: "needs.kind.review",
};

/** What waits for the person, newest first; each entry a link to the exact place. */
export function WaitingList({ items, onOpen }: { items: readonly WaitingItem[]; onOpen(item: WaitingItem): void }) {
  const now = useNow();
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  return (
    <ul className="plain-list waiting">
      {items.map((item) => (
        <li key={waitingKey(item)} className={`waiting__item waiting__item--${item.kind}`}>
          <p className="waiting__what">
            <span className="tag waiting__kind">{t(KIND_MESSAGES[item.kind])}</span>
            <Link href={waitingHref(item)} onClick={() => onOpen(item)} className="waiting__link">
              {waitingSentence(item, rich, t("needs.someone"))}
            </Link>
          </p>
          {(item.kind === "reply" || item.kind === "mention") && item.excerpt && (
            <p className="waiting__excerpt" dir="auto">
              {item.excerpt}
            </p>
          )}
          <p className="meta waiting__meta">
            <bdi>{item.documentTitle}</bdi>
            {item.kind === "review" && <bdi>{item.ownerGroup}</bdi>}
            <time dateTime={item.at} title={formats.dateTime(item.at)}>
              {formats.ago(item.at, now)}
            </time>
            {item.kind === "review" && item.dueDate && <DueDateBadge dueDate={item.dueDate} approved={false} />}
          </p>
        </li>
      ))}
    </ul>
  );
}
