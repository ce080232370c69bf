import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";
import { DEMO_USERS, demoEmail } from "../../server/seed/demo";

describe.each(BACKENDS)("documents, users, groups and invitations (%s)", (backend) => {
  let server: TestServer;
  const as: Record<string, TestClient> = {};

  beforeAll(async () => {
    server = await startTestServer({ backend });
    for (const local of ["secretariat", "mag.chair", "wg1.member", "wg3.member", "observer"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
  });
  afterAll(() => server?.close());

  it("answers health without a session", async () => {
    const health = await createClient(server.url).get("/api/health");
    expect(health.status).toBe(200);
    expect(health.body).toMatchObject({ status: "ok", database: "ok", unsavedDocuments: [] });
  });

  it("tells anyone, signed in or not, that no accessibility contact was set up", async () => {
    const site = await createClient(server.url).get("/api/site");
    expect(site.status).toBe(200);
    expect(site.body).toEqual({ accessibilityContact: null });
  });

  it("seeds the demo organisation", async () => {
    const me = await as["mag.chair"]!.get("/api/me");
    expect(me.body.user.role).toBe("chair");
    const groups = await as["observer"]!.get("/api/groups");
    expect(groups.body.groups.map((g: { slug: string }) => g.slug).sort()).toEqual(["strategy", "wg1", "wg2", "wg3", "wg4", "wg5"]);
    const wg1 = groups.body.groups.find((g: { slug: string }) => g.slug === "wg1");
    expect(wg1.name).toBe("WG1 Funding strategy");
    expect(wg1.memberCount).toBe(2);
    const users = await as["secretariat"]!.get("/api/users");
    expect(users.body.users.map((u: { email: string }) => u.email).sort()).toEqual(DEMO_USERS.map((u) => demoEmail(u.local)).sort());
  });

  it("lists documents with their sections, owners and statuses", async () => {
    const list = await as["observer"]!.get("/api/documents");
    expect(list.status).toBe(200);
    const titles = list.body.documents.map((d: { title: string }) => d.title).sort();
    expect(titles).toEqual(["Joint MAG–LP response to the WSIS+20 Elements Paper", "The IGF We Need"]);
    for (const document of list.body.documents) {
      expect(document.sectionCount).toBe(document.sections.length);
      expect(document.sections.length).toBeGreaterThan(3);
      for (const section of document.sections) {
        expect(section).toMatchObject({ id: expect.any(String), title: expect.any(String), status: expect.any(String) });
        expect(section.ownerGroup).toMatchObject({ slug: expect.any(String), name: expect.any(String) });
        expect(section.editable).toBe(false);
        expect(section.readOnlyReason).toMatch(section.status === "approved" ? /approved and locked/ : /Observers/);
      }
    }
  });

  it("opens a document with its sections in order, starter text and edit rights per user", async () => {
    const list = await as["wg1.member"]!.get("/api/documents");
    const joint = list.body.documents.find((d: { title: string }) => d.title.startsWith("Joint"));
    const detail = await as["wg1.member"]!.get(`/api/documents/${joint.id}`);
    expect(detail.status).toBe(200);
    const sections = detail.body.document.sections;
    expect(sections.map((s: { position: number }) => s.position)).toEqual([...sections.map((s: { position: number }) => s.position)].sort((a, b) => a - b));
    for (const section of sections) {
      expect(section.content.length).toBeGreaterThan(0);
      expect(section.content.map((b: { text: string }) => b.text).join(" ").length).toBeGreaterThan(100);
      const ownsIt = section.ownerGroup.slug === "wg1";
      expect(section.editable).toBe(ownsIt && section.status !== "approved");
      if (!section.editable) expect(section.readOnlyReason).toEqual(expect.any(String));
    }
    expect(sections.some((s: { editable: boolean }) => s.editable)).toBe(true);
  });

  it("lets only the secretariat create documents, with sections owned by groups", async () => {
    const body = {
      title: "Advocacy messages for Member States",
      description: "Short messages for the intergovernmental negotiations.",
      sections: [
        { title: "Why a permanent IGF", ownerGroup: "strategy", text: "First paragraph.\n\nSecond paragraph." },
        { title: "Funding", ownerGroup: "wg1", text: "" },
      ],
    };
    for (const local of ["mag.chair", "wg1.member", "observer"]) {
      const refused = await as[local]!.post("/api/documents", body);
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe("forbidden");
    }
    const created = await as["secretariat"]!.post("/api/documents", body);
    expect(created.status).toBe(201);
    const document = created.body.document;
    expect(document.sections.map((s: { title: string; ownerGroup: { slug: string } }) => [s.title, s.ownerGroup.slug])).toEqual([
      ["Why a permanent IGF", "strategy"],
      ["Funding", "wg1"],
    ]);
    expect(document.sections[0].content).toEqual([
      { type: "paragraph", text: "First paragraph." },
      { type: "paragraph", text: "Second paragraph." },
    ]);
    const unknownGroup = await as["secretariat"]!.post("/api/documents", { ...body, sections: [{ title: "X", ownerGroup: "nope" }] });
    expect(unknownGroup.status).toBe(400);
    expect(unknownGroup.body.error.message).toMatch(/nope/);

    // Chairs manage the outline; members and observers do not.
    const chairAdds = await as["mag.chair"]!.post(`/api/documents/${document.id}/sections`, { title: "Annex", ownerGroup: "wg5" });
    expect(chairAdds.status).toBe(201);
    expect(chairAdds.body.section.position).toBe(2);
    expect((await as["wg1.member"]!.post(`/api/documents/${document.id}/sections`, { title: "Mine", ownerGroup: "wg1" })).status).toBe(403);
    const reread = await as["observer"]!.get(`/api/documents/${document.id}`);
    expect(reread.body.document.sections).toHaveLength(3);
  });

  it("requires a session for everything but health, login and invitations", async () => {
    const anonymous = createClient(server.url);
    for (const path of ["/api/me", "/api/documents", "/api/users", "/api/groups", "/api/invitations"]) {
      const response = await anonymous.get(path);
      expect(response.status, path).toBe(401);
      expect(response.body.error.code).toBe("unauthenticated");
    }
  });

  it("lets only admins manage accounts and groups", async () => {
    for (const local of ["mag.chair", "wg1.member", "observer"]) {
      expect((await as[local]!.get("/api/users")).status).toBe(403);
      expect((await as[local]!.post("/api/users", { email: "z@example.org", name: "Z", role: "admin", password: "0123456789ab" })).status).toBe(403);
      expect((await as[local]!.post("/api/groups", { slug: "rogue", name: "Rogue" })).status).toBe(403);
      expect((await as[local]!.get("/api/invitations")).status).toBe(403);
    }
    const wg3 = (await server.store.users.byEmail(demoEmail("wg3.member")))!;
    expect((await as["wg3.member"]!.patch(`/api/users/${wg3.id}`, { role: "admin" })).status).toBe(403);
    expect((await server.store.users.byId(wg3.id))!.role).toBe("member");
  });

  it("creates users, changes roles and group memberships", async () => {
    const admin = as["secretariat"]!;
    const groups = (await admin.get("/api/groups")).body.groups as { id: string; slug: string }[];
    const wg2 = groups.find((g) => g.slug === "wg2")!;
    const created = await admin.post("/api/users", {
      email: "New.Member@Example.org",
      name: "New Member",
      role: "member",
      password: "a-long-password",
      groupIds: [wg2.id],
    });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ email: "new.member@example.org", active: true, groups: [{ slug: "wg2" }] });
    const duplicate = await admin.post("/api/users", { email: "new.member@example.org", name: "Again", role: "member", password: "a-long-password" });
    expect(duplicate.status).toBe(409);

    const fresh = createClient(server.url);
    expect((await fresh.post("/api/auth/login", { email: "new.member@example.org", password: "a-long-password" })).status).toBe(200);

    const id = created.body.user.id;
    expect((await admin.patch(`/api/users/${id}`, { role: "observer" })).body.user.role).toBe("observer");
    expect((await fresh.get("/api/me")).body.user.role).toBe("observer");

    const strategy = groups.find((g) => g.slug === "strategy")!;
    const added = await admin.post(`/api/groups/${strategy.id}/members`, { userId: id });
    expect(added.status).toBe(201);
    expect(added.body.group.members.map((m: { id: string }) => m.id)).toContain(id);
    const removed = await admin.delete(`/api/groups/${strategy.id}/members/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.body.group.members.map((m: { id: string }) => m.id)).not.toContain(id);
    expect((await admin.delete(`/api/groups/${strategy.id}/members/${id}`)).status).toBe(404);

    const group = await admin.post("/api/groups", { slug: "lp-drafting", name: "LP drafting team", description: "Drafts the LP outlook." });
    expect(group.status).toBe(201);
    expect((await admin.post("/api/groups", { slug: "lp-drafting", name: "Again" })).status).toBe(409);
    expect((await admin.patch(`/api/groups/${group.body.group.id}`, { name: "LP drafting group" })).body.group.name).toBe("LP drafting group");
  });

  it("never lets the last active admin go", async () => {
    const admin = as["secretariat"]!;
    const self = (await server.store.users.byEmail(demoEmail("secretariat")))!;
    const demote = await admin.patch(`/api/users/${self.id}`, { role: "chair" });
    expect(demote.status).toBe(409);
    expect(demote.body.error.message).toMatch(/last active admin/);
    expect((await admin.patch(`/api/users/${self.id}`, { active: false })).status).toBe(409);
    expect((await admin.get("/api/me")).body.user.role).toBe("admin");
  });

  it("invites by link: the link works once, before it expires, and not after revocation", async () => {
    const admin = as["secretariat"]!;
    const groups = (await admin.get("/api/groups")).body.groups as { id: string; slug: string }[];
    const wg5 = groups.find((g) => g.slug === "wg5")!;
    const invite = await admin.post("/api/invitations", { email: "invitee@example.org", role: "member", groupIds: [wg5.id], expiresInHours: 48 });
    expect(invite.status).toBe(201);
    const url: string = invite.body.invitation.url;
    expect(url).toMatch(/\/invite\/[a-z0-9]{30,}$/);
    const token = url.split("/invite/")[1]!;
    // Only a hash of the token is kept.
    expect(JSON.stringify(await server.store.invitations.byId(invite.body.invitation.id))).not.toContain(token);
    expect((await admin.get("/api/invitations")).body.invitations.some((i: { email: string; url?: string }) => i.email === "invitee@example.org" && !i.url)).toBe(true);

    const visitor = createClient(server.url);
    const preview = await visitor.get(`/api/invitations/accept/${token}`);
    expect(preview.status).toBe(200);
    expect(preview.body.invitation).toMatchObject({ email: "invitee@example.org", role: "member", groups: [{ slug: "wg5" }] });
    expect((await visitor.post(`/api/invitations/accept/${token}`, { name: "Invitee", password: "short" })).status).toBe(400);
    const accepted = await visitor.post(`/api/invitations/accept/${token}`, { name: "Invitee", password: "a-good-long-password" });
    expect(accepted.status).toBe(201);
    expect(accepted.body.user).toMatchObject({ email: "invitee@example.org", groups: [{ slug: "wg5" }] });
    expect((await visitor.get("/api/me")).status).toBe(200);

    const reuse = await createClient(server.url).post(`/api/invitations/accept/${token}`, { name: "Thief", password: "a-good-long-password" });
    expect(reuse.status).toBe(404);
    expect(reuse.body.error.code).toBe("invitation_invalid");

    const second = await admin.post("/api/invitations", { email: "revoked@example.org", role: "observer" });
    const secondToken = second.body.invitation.url.split("/invite/")[1];
    expect((await admin.delete(`/api/invitations/${second.body.invitation.id}`)).status).toBe(200);
    expect((await createClient(server.url).get(`/api/invitations/accept/${secondToken}`)).status).toBe(404);

    expect((await admin.post("/api/invitations", { email: demoEmail("observer"), role: "observer" })).status).toBe(409);
  });
});
