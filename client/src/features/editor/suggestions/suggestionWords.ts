import { formatDateTime } from "../../../ui/formatDate";
import type { SuggestionInfo } from "../../../../../shared/api/suggestions";
import type { SuggestionKind } from "../../../../../shared/editor/marks/suggestion";

/** A hue from the author's id: the same person has the same colour in every browser. */
export function suggestionHue(authorId: string): number {
  let hash = 0;
  for (const char of authorId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  return hash % 360;
}

const timeWords = formatDateTime;

/** "Suggested insertion by Ravi Menon (WG2 NRI engagement & support), 5 Dec 2026, 09:12". */
export function suggestionLabel(kind: SuggestionKind, info: SuggestionInfo | undefined, mine: boolean): string {
  const what = kind === "insertion" ? "Suggested insertion" : "Suggested deletion";
  if (mine) return `${what} by you${info ? `, ${timeWords(info.createdAt)}` : ""}`;
  if (!info) return what;
  const groups = info.groups.length > 0 ? ` (${info.groups.join(", ")})` : "";
  return `${what} by ${info.author.name}${groups}, ${timeWords(info.createdAt)}`;
}
