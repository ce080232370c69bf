import type { ThreadView } from "../../../../shared/api/threads";
import { threadElementId } from "../review/threads/ThreadItem";
import { amendmentElementId } from "../review/amendments/AmendmentItem";
import { suggestionElementId } from "../suggestions/SuggestionCard";

/**
 * The margin card that shows a thread, amendment or suggestion, if it is on the page. A suggestion's conversation
 * is shown on the suggestion's card while the suggestion is open, so a link to that thread finds the card.
 */
export function reviewCard(id: string, threads: readonly ThreadView[]): HTMLElement | null {
  const direct = document.getElementById(threadElementId(id)) ?? document.getElementById(amendmentElementId(id)) ?? document.getElementById(suggestionElementId(id));
  if (direct) return direct;
  const about = threads.find((t) => t.id === id)?.suggestionId;
  return about ? document.getElementById(suggestionElementId(about)) : null;
}
