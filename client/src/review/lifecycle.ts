import type { OutlineEntry, TransitionRecord } from "../../../shared/api/review";
import { transitionRefusal, type Actor, type SectionStatus } from "../../../shared/rights";
import { factsOf } from "./sectionAccess";

export interface LifecycleAction {
  to: SectionStatus;
  label: string;
  /** A chair must say what should change: asked in a dialog first. */
  needsNote: boolean;
}

const ORDER: SectionStatus[] = ["in_review", "approved", "changes_requested", "draft"];

function label(to: SectionStatus, from: SectionStatus): string {
  switch (to) {
    case "in_review":
      return from === "changes_requested" ? "Resubmit for review" : "Submit for review";
    case "approved":
      return "Approve";
    case "changes_requested":
      return "Request changes";
    case "draft":
      return from === "approved" ? "Reopen" : "Back to draft";
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

const VERBS: Record<SectionStatus, string> = {
  in_review: "Submitted for review",
  approved: "Approved",
  changes_requested: "Changes requested",
  draft: "Moved back to draft",
};

/** "Approved by Nadia Haddad" — what a transition did, and who did it. */
export function transitionWords(transition: Pick<TransitionRecord, "from" | "to" | "by">): string {
  const verb = transition.to === "draft" && transition.from === "approved" ? "Reopened" : VERBS[transition.to];
  return `${verb} by ${transition.by.name}`;
}
