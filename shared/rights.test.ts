import { describe, expect, it } from "vitest";
import {
  canApproveSection,
  canCreateDocuments,
  canDeleteComment,
  canEditComment,
  canEditSection,
  canManageOutline,
  canManageUsers,
  canNameVersion,
  canRestoreAnySection,
  canShareSubmission,
  canSubmitPaper,
  canWithdrawAmendment,
  canWithdrawSuggestion,
  readOnlyReason,
  transitionRefusal,
  type Actor,
  type Role,
  type SectionStatus,
} from "./rights";

const actor = (role: Role, groupIds: string[] = [], active = true): Actor => ({ id: "u", role, active, groupIds });
const section = (status: SectionStatus = "draft") => ({ ownerGroupId: "wg1", status, ownerGroupName: "WG1 Funding strategy" });

describe("rights", () => {
  it("lets members edit their groups' sections until approved", () => {
    expect(canEditSection(actor("member", ["wg1"]), section())).toBe(true);
    expect(canEditSection(actor("member", ["wg2", "wg1"]), section("changes_requested"))).toBe(true);
    expect(canEditSection(actor("member", ["wg1"]), section("approved"))).toBe(false);
    expect(canEditSection(actor("member", ["wg2"]), section())).toBe(false);
    expect(canEditSection(actor("member", ["wg1"], false), section())).toBe(false);
  });

  it("gives observers and outsiders a reason in words, never edit rights", () => {
    expect(canEditSection(actor("observer", ["wg1"]), section())).toBe(false);
    expect(readOnlyReason(actor("observer"), section())).toMatch(/Observers/);
    expect(readOnlyReason(actor("member", ["wg2"]), section())).toMatch(/WG1 Funding strategy/);
    expect(readOnlyReason(actor("member", ["wg1"]), section("approved"))).toMatch(/approved/);
    expect(readOnlyReason(actor("member", ["wg1"]), section())).toBeNull();
  });

  it("keeps administration with admins and approval with chairs", () => {
    for (const role of ["chair", "member", "observer"] as const) {
      expect(canManageUsers(actor(role))).toBe(false);
      expect(canCreateDocuments(actor(role))).toBe(false);
    }
    expect(canManageUsers(actor("admin"))).toBe(true);
    expect(canManageUsers(actor("admin", [], false))).toBe(false);
    expect(canApproveSection(actor("chair"))).toBe(true);
    expect(canApproveSection(actor("admin"))).toBe(false);
    expect(canManageOutline(actor("chair"))).toBe(true);
    expect(canManageOutline(actor("member"))).toBe(false);
  });

  it("leaves the lifecycle of a group's section to its members and the chairs: the secretariat moves only its own groups' sections", () => {
    const draft = section("draft");
    expect(transitionRefusal(actor("member", ["wg1"]), draft, "in_review")).toBeNull();
    expect(transitionRefusal(actor("chair"), draft, "in_review")).toBeNull();
    expect(transitionRefusal(actor("admin"), draft, "in_review")).toMatchObject({ kind: "rights" });
    expect(transitionRefusal(actor("admin"), section("in_review"), "draft")).toMatchObject({ kind: "rights" });
    expect(transitionRefusal(actor("admin", ["wg1"]), draft, "in_review")).toBeNull();
    expect(transitionRefusal(actor("observer", ["wg1"]), draft, "in_review")).toMatchObject({ kind: "rights" });
    expect(transitionRefusal(actor("member", ["wg2"]), draft, "in_review")?.message).toMatch(/owning group, or a chair/);
  });

  it("keeps versions with those who draft, and offers Restore only where some section can be restored", () => {
    expect(canNameVersion(actor("member"))).toBe(true);
    expect(canNameVersion(actor("admin"))).toBe(true);
    expect(canNameVersion(actor("observer"))).toBe(false);
    expect(canNameVersion(actor("member", [], false))).toBe(false);
    const paper = [section("draft"), { ...section("approved"), ownerGroupId: "wg2" }];
    expect(canRestoreAnySection(actor("member", ["wg1"]), paper)).toBe(true);
    expect(canRestoreAnySection(actor("member", ["wg2"]), paper)).toBe(false);
    expect(canRestoreAnySection(actor("chair"), paper)).toBe(true);
    expect(canRestoreAnySection(actor("observer"), paper)).toBe(false);
    expect(canRestoreAnySection(actor("chair"), [section("approved")])).toBe(false);
  });

  it("gives the final submission to chairs, and its share links to chairs and the secretariat", () => {
    expect(canSubmitPaper(actor("chair"))).toBe(true);
    expect(canSubmitPaper(actor("admin"))).toBe(false);
    expect(canShareSubmission(actor("admin"))).toBe(true);
    expect(canShareSubmission(actor("member"))).toBe(false);
  });

  it("lets people take back only their own words; the secretariat may delete a comment", () => {
    const me = { ...actor("member"), id: "me" };
    expect(canEditComment(me, "me")).toBe(true);
    expect(canEditComment(me, "other")).toBe(false);
    expect(canEditComment({ ...actor("admin"), id: "a" }, "other")).toBe(false);
    expect(canDeleteComment({ ...actor("admin"), id: "a" }, "other")).toBe(true);
    expect(canDeleteComment(me, "other")).toBe(false);
    expect(canWithdrawAmendment(me, "me")).toBe(true);
    expect(canWithdrawAmendment({ ...actor("chair"), id: "c" }, "me")).toBe(false);
    expect(canWithdrawSuggestion(me, "me")).toBe(true);
    expect(canWithdrawSuggestion({ ...me, active: false }, "me")).toBe(false);
  });
});
