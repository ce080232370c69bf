import type { OutlineEntry, TransitionRecord } from "../../../shared/api/review";
import { transitionRefusal, type Actor, type SectionStatus } from "../../../shared/rights";
import type { MessageId } from "../i18n/catalogues";
import { factsOf } from "./sectionAccess";

export interface LifecycleAction {
  to: SectionStatus;
  /** The button's words, by message id. */
  label: MessageId;
  /** A chair must say what should change: asked in a dialog first. */
  needsNote: boolean;
}

const ORDER: SectionStatus[] = ["in_review", "approved", "changes_requested", "draft"];

function label(to: SectionStatus, from: SectionStatus): MessageId {
  switch (to) {
    case "in_review":
      return from === "changes_requested" ? "review.lifecycle.resubmit" : "review.lifecycle.submit";
    case "approved":
      return "review.lifecycle.approve";
    case "changes_requested":
      return "review.lifecycle.requestChanges";
    case "draft":
      return from === "approved" ? "review.lifecycle.reopen" : "review.lifecycle.backToDraft";
  }
}

/** The lifecycle moves this person may make on the section now: only those the shared rules allow. */
export function lifecycleActions(actor: Actor, entry: Pick<OutlineEntry, "ownerGroup" | "status">): LifecycleAction[] {
  const facts = factsOf(entry);
  return ORDER.filter((to) => transitionRefusal(actor, facts, to) === null).map((to) => ({
    to,
    label: label(to, entry.status),
    needsNote: to === "changes_requested",
  }));
}

const MOVES: Record<SectionStatus, MessageId> = {
  in_review: "review.transition.in_review",
  approved: "review.transition.approved",
  changes_requested: "review.transition.changes_requested",
  draft: "review.transition.draft",
};

/** "Approved by {name}": what a transition did; the message is given who did it. */
export function transitionMessage(transition: Pick<TransitionRecord, "from" | "to">): MessageId {
  return transition.to === "draft" && transition.from === "approved" ? "review.transition.reopened" : MOVES[transition.to];
}
