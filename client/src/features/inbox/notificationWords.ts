import { createElement, type ReactNode } from "react";
import type { NotificationView } from "../../../../shared/api/inbox";
import type { MessageId } from "../../i18n/catalogues";
import type { RichTranslate, Translate } from "../../i18n/useLocale";
import { documentHref, type LinkTarget } from "../documents/linkTarget";

/** The message saying what happened: one whole sentence per kind and outcome, so each language orders its own words. */
function sentenceId(n: NotificationView): MessageId {
  switch (n.kind) {
    case "mention":
      return "inbox.sentence.mention";
    case "reply":
      return n.suggestionId ? "inbox.sentence.replySuggestion" : "inbox.sentence.reply";
    case "suggestion":
      return n.outcome === "rejected" ? "inbox.sentence.suggestionRejected" : "inbox.sentence.suggestionAccepted";
    case "amendment":
      if (n.outcome === "accepted") return "inbox.sentence.amendmentAccepted";
      if (n.outcome === "rejected") return "inbox.sentence.amendmentRejected";
      if (n.outcome === "proposed") return "inbox.sentence.amendmentProposed";
      return "inbox.sentence.amendmentOther";
    case "transition":
      if (n.outcome === "approved") return "inbox.sentence.approved";
      if (n.outcome === "changes_requested") return "inbox.sentence.changesRequested";
      if (n.outcome === "reopened") return "inbox.sentence.reopened";
      return "inbox.sentence.reviewed";
  }
}

const isolated = (text: string): ReactNode => createElement("bdi", null, text);

/**
 * "Ravi Sharma accepted your suggestion in 3. A properly resourced Forum", "MAG chair approved 2. Funding":
 * who, what, where, with what outcome and how many, in the reader's language. The name and the place are
 * isolated (<bdi> by default), so an English title keeps its order inside an Arabic sentence; `someone` is the
 * word for a person no longer known.
 */
export function notificationSentence(n: NotificationView, t: RichTranslate, someone: string, isolate: (text: string) => ReactNode = isolated): ReactNode {
  const who = isolate(n.actor?.name ?? someone);
  const where = isolate(n.sectionLabel ?? n.documentTitle);
  return t(sentenceId(n), { who, where, count: n.count });
}

/** The decider's words, labelled: what a note means differs by decision. */
export function notificationNote(n: NotificationView, t: Translate): string | null {
  if (!n.note) return null;
  if (n.outcome === "changes_requested") return t("inbox.note.changesRequested", { note: n.note });
  if (n.outcome === "rejected") return t("inbox.note.reason", { note: n.note });
  return t("inbox.note.note", { note: n.note });
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
