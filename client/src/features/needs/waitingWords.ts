import { createElement, type ReactNode } from "react";
import type { WaitingItem } from "../../../../shared/api/inbox";
import { documentHref, type LinkTarget } from "../documents/linkTarget";
import { sectionName } from "./sectionName";
import type { RichTranslate } from "../../i18n/useLocale";

/**
 * "Ravi Sharma suggested a change in 3. A properly resourced Forum": who, what and where, in words. The name and
 * the place are isolated (<bdi>), so an English title keeps its order inside an Arabic sentence and the other way
 * round; `someone` is the word for an unknown person in the reader's language.
 */
export function waitingSentence(item: WaitingItem, t: RichTranslate, someone: string): ReactNode {
  const where = createElement("bdi", null, item.section ? sectionName(item.section) : item.documentTitle);
  const who = createElement("bdi", null, item.by?.name ?? someone);
  switch (item.kind) {
    case "reply":
      return t(item.suggestionId ? "needs.sentence.replySuggestion" : "needs.sentence.reply", { who, where });
    case "mention":
      return t("needs.sentence.mention", { who, where });
    case "suggestion":
      return t("needs.sentence.suggestion", { who, where });
    case "amendment":
      return t("needs.sentence.amendment", { who, where });
    case "review":
      return item.by ? t("needs.sentence.review", { who, where }) : t("needs.sentence.reviewWaiting", { where });
  }
}

/** The exact place: the thread, the suggestion's or amendment's card, or the section to review. */
export function waitingTarget(item: WaitingItem): LinkTarget | null {
  if (item.kind === "suggestion") return { kind: "suggestion", id: item.suggestionId };
  if (item.kind === "amendment") return { kind: "amendment", id: item.amendmentId };
  if (item.kind === "reply" || item.kind === "mention") {
    if (item.threadId) return { kind: "thread", id: item.threadId };
    return item.section ? { kind: "section", id: item.section.id } : null;
  }
  return item.section ? { kind: "section", id: item.section.id } : null;
}

export const waitingHref = (item: WaitingItem): string => documentHref(item.documentId, waitingTarget(item));

/** A stable key: the notification, the suggestion, or the section under review. */
export const waitingKey = (item: WaitingItem): string =>
  item.kind === "suggestion" ? `s-${item.suggestionId}` : item.kind === "amendment" ? `a-${item.amendmentId}` : item.kind === "review" ? `r-${item.section?.id ?? item.documentId}` : `n-${item.notificationId}`;
