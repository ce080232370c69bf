import type { WaitingItem } from "../../../../shared/api/inbox";
import { documentHref, type LinkTarget } from "../documents/linkTarget";
import { sectionName } from "./sectionName";

/** "Ravi Sharma suggested a change in 3. A properly resourced Forum": who, what and where, in words. */
export function waitingSentence(item: WaitingItem): string {
  const where = item.section ? sectionName(item.section) : item.documentTitle;
  const who = item.by?.name ?? "Someone";
  switch (item.kind) {
    case "reply":
      return `${who} replied ${item.suggestionId ? "about a suggestion " : ""}in ${where}`;
    case "mention":
      return `${who} mentioned you in ${where}`;
    case "suggestion":
      return `${who} suggested a change in ${where}`;
    case "amendment":
      return `${who} proposed an amendment to ${where}`;
    case "review":
      return item.by ? `${who} submitted ${where} for review` : `${where} is waiting for review`;
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
