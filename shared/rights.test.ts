import { describe, expect, it } from "vitest";
import { canApproveSection, canCreateDocuments, canEditSection, canManageOutline, canManageUsers, readOnlyReason, type Actor, type Role, type SectionStatus } from "./rights";

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
});
