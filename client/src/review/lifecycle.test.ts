import { describe, expect, it } from "vitest";
import type { Actor, SectionStatus } from "../../../shared/rights";
import { ENGLISH } from "../i18n/catalogues";
import { plainTranslate } from "../i18n/plainTranslate";
import { lifecycleActions, transitionMessage } from "./lifecycle";

const group = { id: "g-wg2", slug: "wg2", name: "WG2" };
const member: Actor = { id: "m", role: "member", active: true, groupIds: ["g-wg2"] };
const outsider: Actor = { id: "o", role: "member", active: true, groupIds: ["g-wg1"] };
const chair: Actor = { id: "c", role: "chair", active: true, groupIds: [] };
const secretariat: Actor = { id: "s", role: "admin", active: true, groupIds: [] };
const t = plainTranslate("en", ENGLISH);
const labels = (actor: Actor, status: SectionStatus) => lifecycleActions(actor, { ownerGroup: group, status }).map((a) => t(a.label));

describe("lifecycle buttons", () => {
  it("offers each person only the moves the shared rules allow", () => {
    expect(labels(member, "draft")).toEqual(["Submit for review"]);
    expect(labels(member, "in_review")).toEqual(["Back to draft"]);
    expect(labels(member, "changes_requested")).toEqual(["Resubmit for review", "Back to draft"]);
    expect(labels(member, "approved")).toEqual([]);
    expect(labels(outsider, "draft")).toEqual([]);
    expect(labels(chair, "in_review")).toEqual(["Approve", "Request changes", "Back to draft"]);
    expect(labels(chair, "approved")).toEqual(["Reopen"]);
    // The secretariat is in no group: no "Submit for review" on sections it cannot edit (the server refuses it too).
    expect(labels(secretariat, "draft")).toEqual([]);
    expect(labels(secretariat, "in_review")).toEqual([]);
    expect(labels({ ...secretariat, groupIds: ["g-wg2"] }, "draft")).toEqual(["Submit for review"]);
  });

  it("asks for a note only when requesting changes", () => {
    expect(lifecycleActions(chair, { ownerGroup: group, status: "in_review" }).filter((a) => a.needsNote).map((a) => a.to)).toEqual(["changes_requested"]);
  });

  it("says what a transition did and who did it", () => {
    const words = (from: SectionStatus, to: SectionStatus) => t(transitionMessage({ from, to }), { name: "Nadia Haddad" });
    expect(words("in_review", "approved")).toBe("Approved by Nadia Haddad");
    expect(words("approved", "draft")).toBe("Reopened by Nadia Haddad");
    expect(words("in_review", "draft")).toBe("Moved back to draft by Nadia Haddad");
  });
});
