import type * as Y from "yjs";
import type { SuggestionDecision } from "../../../../shared/api/suggestions";
import type { ThreadView } from "../../../../shared/api/threads";
import { useAction } from "../../ui/useAction";
import { BUSY_MESSAGES, decideSuggestions, decisionWords } from "./decideSuggestions";
import { SuggestionChange } from "./SuggestionChange";
import { SuggestionReplies } from "./SuggestionReplies";
import { suggestionWords } from "./suggestionWords";
import type { MessageId } from "../../i18n/catalogues";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { hidden } from "../../i18n/tags";
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

const BUTTON_MESSAGES: Record<SuggestionDecision, MessageId> = {
  accept: "suggestions.card.accept",
  reject: "suggestions.card.reject",
  withdraw: "suggestions.card.withdraw",
};

/** One open suggestion: who and when, what it does, the decision buttons, and its replies. */
export function SuggestionCard({ documentId, sectionId, card, doc, meId, decides, active, now, thread, onActivate, onDecided }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const action = useAction();
  const mine = card.authorId === meId;
  const author = card.authorName ?? (mine ? t("suggestions.card.you") : t("needs.someone"));

  async function decide(decision: SuggestionDecision) {
    let words = "";
    const done = await action.run(decision, async () => {
      words = decisionWords(await decideSuggestions(documentId, sectionId, decision, [card.id]), t);
    });
    if (done) onDecided(words);
  }

  const button = (decision: SuggestionDecision, variant: "primary" | "secondary") => (
    <button type="button" className={`button button--${variant} button--small`} aria-disabled={action.busy !== null || undefined} onClick={() => void decide(decision)}>
      {action.busy === decision ? t(BUSY_MESSAGES[decision]) : rich(BUTTON_MESSAGES[decision], { hidden })}
    </button>
  );

  return (
    <article
      id={suggestionElementId(card.id)}
      className={`suggestion-card suggestion-card--${card.kind}${active ? " suggestion-card--active" : ""}`}
      tabIndex={-1}
      aria-label={t("suggestions.card.label", { author, words: suggestionWords(card, t) })}
    >
      <p className="suggestion-card__meta">
        <bdi className="comment__author">{author}</bdi>
        {card.createdAt && (
          <time className="comment__time" dateTime={card.createdAt} title={formats.dateTime(card.createdAt)}>
            {formats.ago(card.createdAt, now)}
          </time>
        )}
        {card.groups.length > 0 && <bdi className="suggestion-card__groups">{formats.list(card.groups)}</bdi>}
      </p>
      <SuggestionChange card={card} />
      <div className="thread__actions suggestion-card__actions">
        {decides && (
          <>
            {button("accept", "primary")}
            {button("reject", "secondary")}
          </>
        )}
        {mine && button("withdraw", "secondary")}
        <button type="button" className="button button--link" aria-pressed={active} onClick={onActivate}>
          {t("suggestions.card.showInText")}
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
