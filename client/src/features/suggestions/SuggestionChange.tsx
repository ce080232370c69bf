import type { ReactNode } from "react";
import { wordDiff } from "../../../../shared/wordDiff";
import { useRichT, useT } from "../../i18n/useLocale";
import { DiffText } from "../versions/DiffText";
import type { SuggestionCard } from "./suggestionCards";
import { suggestionWords } from "./suggestionWords";

const ins = (chunks: ReactNode[]) => <ins className="suggestion-card__inserted">{chunks}</ins>;
const del = (chunks: ReactNode[]) => <del className="suggestion-card__deleted">{chunks}</del>;

/** What a suggestion does, in words, with the words themselves marked as inserted or deleted. */
export function SuggestionChange({ card }: { card: SuggestionCard }) {
  const t = useT();
  const rich = useRichT();
  switch (card.kind) {
    case "replacement":
      // Only the words that change are struck and inserted, in the phrase they change (as on the versions page).
      return (
        <div className="suggestion-card__what">
          <p className="suggestion-card__label">{t("suggestions.change.label")}</p>
          <DiffText ops={wordDiff(card.deleted, card.inserted)} condense={false} className="suggestion-card__diff" />
        </div>
      );
    case "deletion":
      return <p className="suggestion-card__what">{rich("suggestions.change.deletion", { text: card.deleted, del })}</p>;
    case "insertion":
      return (
        <p className="suggestion-card__what">
          {rich(card.opensParagraph ? "suggestions.change.newParagraphWith" : "suggestions.change.insertion", { text: card.inserted, ins })}
        </p>
      );
    default:
      return <p className="suggestion-card__what">{suggestionWords(card, t)}</p>;
  }
}
