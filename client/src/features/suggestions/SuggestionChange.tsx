import { wordDiff } from "../../../../shared/wordDiff";
import { DiffText } from "../versions/DiffText";
import type { SuggestionCard } from "./suggestionCards";

/** What a suggestion does, in words, with the words themselves marked as inserted or deleted. */
export function SuggestionChange({ card }: { card: SuggestionCard }) {
  const inserted = <ins className="suggestion-card__inserted">“{card.inserted}”</ins>;
  const deleted = <del className="suggestion-card__deleted">“{card.deleted}”</del>;
  switch (card.kind) {
    case "replacement":
      // Only the words that change are struck and inserted, in the phrase they change (as on the versions page).
      return (
        <div className="suggestion-card__what">
          <p className="suggestion-card__label">Change</p>
          <DiffText ops={wordDiff(card.deleted, card.inserted)} condense={false} className="suggestion-card__diff" />
        </div>
      );
    case "deletion":
      return <p className="suggestion-card__what">Delete {deleted}</p>;
    case "insertion":
      // "Insert" or "New paragraph:", as the words say.
      return (
        <p className="suggestion-card__what">
          {card.words.slice(0, card.words.indexOf("“")).trim()} {inserted}
        </p>
      );
    default:
      return <p className="suggestion-card__what">{card.words}</p>;
  }
}
