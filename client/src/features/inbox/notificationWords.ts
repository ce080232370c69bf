import type { NotificationView } from "../../../../shared/api/inbox";
import { documentHref, type LinkTarget } from "../documents/linkTarget";

const yourThings = (n: NotificationView, one: string, many: string) => (n.count > 1 ? `${n.count} of your ${many}` : `your ${one}`);

/** The verb phrase: what the person did, with its outcome. */
function whatHappened(n: NotificationView): string {
  switch (n.kind) {
    case "mention":
      return "mentioned you";
    case "reply":
      return n.suggestionId ? "replied about a suggestion" : "replied";
    case "suggestion":
      return `${n.outcome === "rejected" ? "rejected" : "accepted"} ${yourThings(n, "suggestion", "suggestions")}`;
    case "amendment":
      if (n.outcome === "accepted") return "accepted your amendment";
      if (n.outcome === "rejected") return "rejected your amendment";
      if (n.outcome === "proposed") return "proposed an amendment";
      return "acted on an amendment";
    case "transition":
      if (n.outcome === "approved") return "approved";
      if (n.outcome === "changes_requested") return "requested changes to";
      if (n.outcome === "reopened") return "reopened";
      return "reviewed a section of your group";
  }
}

/** Decisions on a section name it as their object ("approved 2. …"); everything else happened in it. */
const sectionIsObject = (n: NotificationView) => n.kind === "transition" && n.outcome !== null;

/**
 * "Ravi Sharma accepted your suggestion in 3. A properly resourced Forum", "MAG chair approved 2. Funding":
 * who, what, where, with what outcome, in words.
 */
export function notificationSentence(n: NotificationView): string {
  const who = n.actor?.name ?? "Someone";
  const where = n.sectionLabel ?? n.documentTitle;
  return sectionIsObject(n) ? `${who} ${whatHappened(n)} ${where}` : `${who} ${whatHappened(n)} in ${where}`;
}

/** The decider's words, labelled: what a note means differs by decision. */
export function notificationNote(n: NotificationView): string | null {
  if (!n.note) return null;
  if (n.outcome === "changes_requested") return `Changes requested: ${n.note}`;
  if (n.outcome === "rejected") return `Reason: ${n.note}`;
  return `Note: ${n.note}`;
}

/**
 * The exact place: the thread for mentions and replies (or a suggestion's conversation), the amendment, the
 * suggestion while it is open; a section decision goes to the section. A decided suggestion is no longer in the
 * text: its conversation if it had one, else its section.
 */
export function notificationTarget(n: NotificationView): LinkTarget | null {
  if (n.kind === "amendment" && n.amendmentId) return { kind: "amendment", id: n.amendmentId };
  if (n.threadId) return { kind: "thread", id: n.threadId };
  if (n.sectionId) return { kind: "section", id: n.sectionId };
  return null;
}

export const notificationHref = (n: NotificationView): string => documentHref(n.documentId, notificationTarget(n));
