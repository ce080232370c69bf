import type * as Y from "yjs";
import type { SuggestionDecision } from "../../../../shared/api/suggestions";
import type { ThreadView } from "../../../../shared/api/threads";
import { formatDateTime } from "../../ui/formatDate";
import { useAction } from "../../ui/useAction";
import { decideSuggestions, decisionWords } from "./decideSuggestions";
import { relativeTime } from "./relativeTime";
import { SuggestionChange } from "./SuggestionChange";
import { SuggestionReplies } from "./SuggestionReplies";
import type { SuggestionCard as Card } from "./suggestionCards";

interface Props {
  documentId: string;
  sectionId: string;
  card: Card;
  doc: Y.Doc | null;
  meId: string;
  /** May accept or reject suggestions in this section. */
  decides: boolean;
  active: boolean;
  /** The time now, for "5 minutes ago". */
  now: number;
  /** Its replies, once there are any. */
  thread: ThreadView | null;
  onActivate(): void;
  /** Decided: what happened, in words (the card goes with the suggestion). */
  onDecided(message: string): void;
}

export const suggestionElementId = (suggestionId: string): string => `suggestion-${suggestionId}`;

const BUSY: Record<SuggestionDecision, string> = { accept: "Accepting…", reject: "Rejecting…", withdraw: "Withdrawing…" };

/** One open suggestion: who and when, what it does, the decision buttons, and its replies. */
export function SuggestionCard({ documentId, sectionId, card, doc, meId, decides, active, now, thread, onActivate, onDecided }: Props) {
  const action = useAction();
  const mine = card.authorId === meId;
  const author = card.authorName ?? (mine ? "You" : "Someone");

  async function decide(decision: SuggestionDecision) {
    let words = "";
    const done = await action.run(decision, async () => {
      words = decisionWords(await decideSuggestions(documentId, sectionId, decision, [card.id]));
    });
    if (done) onDecided(words);
  }

  const button = (decision: SuggestionDecision, label: string, variant: "primary" | "secondary") => (
    <button type="button" className={`button button--${variant} button--small`} aria-disabled={action.busy !== null || undefined} onClick={() => void decide(decision)}>
      {action.busy === decision ? BUSY[decision] : label}
      <span className="visually-hidden"> suggestion</span>
    </button>
  );

  return (
    <article
      id={suggestionElementId(card.id)}
      className={`suggestion-card suggestion-card--${card.kind}${active ? " suggestion-card--active" : ""}`}
      tabIndex={-1}
      aria-label={`Suggestion by ${author}: ${card.words}`}
    >
      <p className="suggestion-card__meta">
        <span className="comment__author">{author}</span>
        {card.createdAt && (
          <time className="comment__time" dateTime={card.createdAt} title={formatDateTime(card.createdAt)}>
            {relativeTime(card.createdAt, now)}
          </time>
        )}
        {card.groups.length > 0 && <span className="suggestion-card__groups">{card.groups.join(", ")}</span>}
      </p>
      <SuggestionChange card={card} />
      <div className="thread__actions suggestion-card__actions">
        {decides && (
          <>
            {button("accept", "Accept", "primary")}
            {button("reject", "Reject", "secondary")}
          </>
        )}
        {mine && button("withdraw", "Withdraw", "secondary")}
        <button type="button" className="button button--link" aria-pressed={active} onClick={onActivate}>
          Show in text
        </button>
      </div>
      {action.error && (
        <p className="field__error" role="alert">
          {action.error}
        </p>
      )}
      <SuggestionReplies documentId={documentId} sectionId={sectionId} suggestionId={card.id} doc={doc} thread={thread} />
    </article>
  );
}
