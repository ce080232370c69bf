import type { Translate } from "../../i18n/useLocale";
import type { SuggestionCard } from "./suggestionCards";

/** What a suggestion does, in one sentence of the reader's language: "Replace “a” with “b”", "Join two paragraphs". */
export function suggestionWords(card: Pick<SuggestionCard, "kind" | "inserted" | "deleted" | "opensParagraph">, t: Translate): string {
  switch (card.kind) {
    case "replacement":
      return t("suggestions.words.replacement", { deleted: card.deleted, inserted: card.inserted });
    case "deletion":
      return t("suggestions.words.deletion", { deleted: card.deleted });
    case "insertion":
      return t(card.opensParagraph ? "suggestions.words.newParagraphWith" : "suggestions.words.insertion", { inserted: card.inserted });
    case "paragraph":
      return t("suggestions.words.newParagraph");
    case "join":
      return t("suggestions.words.join");
  }
}
