import type { SuggestionInfo } from "../../../../../shared/api/suggestions";
import type { SuggestionKind } from "../../../../../shared/editor/marks/suggestion";
import type { Translate } from "../../../i18n/useLocale";
import type { Formats } from "../../../ui/formatDate";

/** A hue from the author's id: the same person has the same colour in every browser. */
export function suggestionHue(authorId: string): number {
  let hash = 0;
  for (const char of authorId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

/** Names a suggestion in the reader's language (a tooltip, the words at the caret). */
export type SuggestionLabel = (kind: SuggestionKind, info: SuggestionInfo | undefined, mine: boolean) => string;

/** "Suggested insertion by Ravi Menon (WG2 NRI engagement & support), 5 Dec 2026, 09:12". */
export const suggestionLabels =
  (t: Translate, formats: Formats): SuggestionLabel =>
  (kind, info, mine) => {
    if (mine) return info ? t("editor.suggestion.mineAt", { kind, time: formats.dateTime(info.createdAt) }) : t("editor.suggestion.mine", { kind });
    if (!info) return t("editor.suggestion.plain", { kind });
    const time = formats.dateTime(info.createdAt);
    const name = info.author.name;
    return info.groups.length > 0 ? t("editor.suggestion.byGroups", { kind, name, groups: formats.list(info.groups), time }) : t("editor.suggestion.by", { kind, name, time });
  };
