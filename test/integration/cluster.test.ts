import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import * as Y from "yjs";
import { createTestDatabase } from "../helpers/postgres";
import { startRedis, type RedisServer } from "../helpers/redis";
import { startInstances, type Instance } from "../helpers/cluster";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient } from "../helpers/http";
import { approveSection } from "../helpers/approve";
import { connectProvider, connectRaw, eventually, sectionText, typeParagraph, updateMessage, type ProviderClient } from "../helpers/collab";
import { converged, duplicated, startTyping, storedLines } from "../helpers/typing";
import type { TestServer } from "../helpers/server";
import { editOf } from "../helpers/craft";

// Three real instances (processes) on one real PostgreSQL database and one real redis-server.

const FUNDING = "Sustainable funding";
const INTERSESSIONAL = "Intersessional work";

describe("several instances on PostgreSQL and Redis", { timeout: 60_000 }, () => {
  let redis: RedisServer;
  let instances: Instance[] = [];
  let databaseUrl: string;
  let fx: Fixture;
  const clients: ProviderClient[] = [];
  const connect = (instance: Instance, cookie: string) => {
    const client = connectProvider(instance.url, cookie, fx.documentId);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    databaseUrl = await createTestDatabase(inject("postgresUrl"));
    redis = await startRedis();
    instances = await startInstances(3, { databaseUrl, redisUrl: redis.url });
    fx = await openFixture({ url: instances[0]!.url } as TestServer);
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await Promise.all(instances.map((instance) => instance.stop("SIGTERM")));
    await redis?.close();
  });

  it("co-edits one section from clients on two instances; a late joiner on a third gets the same state", async () => {
    const funding = fx.section(FUNDING);
    const cookie = await fx.cookie("wg1.member");
    const a = connect(instances[0]!, cookie);
    const b = connect(instances[1]!, await fx.cookie("wg1.second"));
    await Promise.all([a.synced, b.synced]);
    for (let i = 1; i <= 20; i++) {
      typeParagraph(a.doc, funding, `from A ${i}`);
      typeParagraph(b.doc, funding, `from B ${i}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const typed = Array.from({ length: 20 }, (_, i) => [`from A ${i + 1}`, `from B ${i + 1}`]).flat();
    const lines = await converged([a, b], funding, typed);
    expect(duplicated(lines)).toEqual([]);
    const late = connect(instances[2]!, await fx.cookie("observer"));
    await late.synced;
    await converged([a, b, late], funding, typed);
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(a.doc));
    // And PostgreSQL holds what they all show.
    await eventually(async () => (await storedLines(databaseUrl, fx.documentId, funding)).join("\n") === sectionText(a.doc, funding), "stored text");
  });

  it("holds the guard on every instance: a write into another group's section is refused on each, and reaches no one", async () => {
    const intersessional = fx.section(INTERSESSIONAL);
    const watcher = connect(instances[0]!, await fx.cookie("wg3.member"));
    await watcher.synced;
    for (const [index, instance] of instances.entries()) {
      const intruder = connect(instance, await fx.cookie("wg1.member"));
      await intruder.synced;
      typeParagraph(intruder.doc, intersessional, `WG1 rewrites WG3 through instance ${index + 1}.`);
      await eventually(() => intruder.refusals.length > 0, `refusal on instance ${index + 1}`);
      expect(intruder.refusals[0]).toMatchObject({ reason: "section_not_writable", sectionId: intersessional });
    }
    typeParagraph(watcher.doc, intersessional, "WG3 keeps drafting.");
    const reader = connect(instances[2]!, await fx.cookie("observer"));
    await eventually(() => sectionText(reader.doc, intersessional).includes("WG3 keeps drafting."), "the owner's line on instance 3");
    expect(sectionText(reader.doc, intersessional)).not.toMatch(/WG1 rewrites WG3/);
    expect((await storedLines(databaseUrl, fx.documentId, intersessional)).join("\n")).not.toMatch(/WG1 rewrites WG3/);
  });

  it("never lets two people write with one clientID, whichever instances they are on", async () => {
    const funding = fx.section(FUNDING);
    const first = connect(instances[0]!, await fx.cookie("wg1.member"));
    await first.synced;
    typeParagraph(first.doc, funding, "Written with my clientID.");
    await eventually(async () => (await storedLines(databaseUrl, fx.documentId, funding)).includes("Written with my clientID."), "stored");
    // Someone else, on another instance, writes with the same clientID (a crafted client).
    const other = createClient(instances[1]!.url);
    await other.loginAs("wg1.second");
    const raw = await connectRaw(instances[1]!.url, fx.documentId, { cookie: other.cookie! });
    const forged = editOf(Y.encodeStateAsUpdate(first.doc), first.doc.clientID, (doc) => typeParagraph(doc, funding, "Forged under someone else's clientID."));
    raw.send(updateMessage(forged));
    await eventually(() => raw.refusals().some((r) => r.reason === "foreign_client_id"), "the refusal");
    raw.ws.close();
    expect(await storedLines(databaseUrl, fx.documentId, funding)).not.toContain("Forged under someone else's clientID.");
  });

  it("locks a section for a typist on instance 2 the moment a chair approves it through instance 1", async () => {
    const funding = fx.section(FUNDING);
    // In review since the demo began: approving is a chair's next step.
    const typist = connect(instances[1]!, await fx.cookie("wg1.member"));
    await typist.synced;
    const chair = createClient(instances[0]!.url);
    await chair.loginAs("mag.chair");
    const approved = await approveSection(chair, fx.documentId, funding, { openSuggestions: "reject" });
    expect(approved.status).toBe(200);
    // Instance 2 heard of it: the next keystroke there is refused, not stored.
    typeParagraph(typist.doc, funding, "Typed after the approval.");
    await eventually(() => typist.refusals.length > 0, "the refusal on instance 2");
    expect(typist.refusals[0]).toMatchObject({ sectionId: funding });
    expect(await storedLines(databaseUrl, fx.documentId, funding)).not.toContain("Typed after the approval.");
  });

  it("ends a signed-out session's connections on every instance", async () => {
    const member = createClient(instances[0]!.url);
    await member.loginAs("wg2.member");
    const sockets = await Promise.all(instances.map((instance) => connectRaw(instance.url, fx.documentId, { cookie: member.cookie! })));
    expect((await member.post("/api/auth/logout")).status).toBeLessThan(300);
    for (const [index, socket] of sockets.entries()) await eventually(() => socket.closed !== null, `closed on instance ${index + 1}`);
    expect(sockets.map((s) => s.closed!.code)).toEqual(sockets.map(() => 4402));
  });

  it("relays presence between instances, stamped with who each person is by the instance they are on", async () => {
    const a = connect(instances[0]!, await fx.cookie("wg4.member"));
    const b = connect(instances[1]!, await fx.cookie("observer"));
    await Promise.all([a.synced, b.synced]);
    a.provider.awareness.setLocalStateField("user", { id: "someone-else", name: "The MAG Chair", color: "#000000" });
    a.provider.awareness.setLocalStateField("cursor", { section: "x" });
    await eventually(() => b.provider.awareness.getStates().get(a.doc.clientID)?.cursor !== undefined, "A's presence on instance 2");
    expect(b.provider.awareness.getStates().get(a.doc.clientID)!.user).toMatchObject({ name: "Kwame Mensah" });
    // Gone from every instance when they leave.
    a.provider.disconnect();
    await eventually(() => !b.provider.awareness.getStates().has(a.doc.clientID), "A's presence gone on instance 2");
  });

  it("applies a rights change made through one instance to the person's connection on another at once", async () => {
    const structure = fx.section("Institutional structure");
    const admin = createClient(instances[0]!.url);
    await admin.loginAs("secretariat");
    const wg4 = ((await admin.get("/api/groups")).body.groups as { id: string; slug: string }[]).find((g) => g.slug === "wg4")!;
    const kwame = ((await admin.get("/api/users")).body.users as { id: string; email: string }[]).find((u) => u.email.startsWith("wg4.member@"))!;
    const typist = connect(instances[2]!, await fx.cookie("wg4.member"));
    const reader = connect(instances[1]!, await fx.cookie("observer"));
    await Promise.all([typist.synced, reader.synced]);
    typeParagraph(typist.doc, structure, "WG4 drafts while still a member.");
    await eventually(() => sectionText(reader.doc, structure).includes("WG4 drafts while still a member."), "the member's line");

    expect((await admin.delete(`/api/groups/${wg4.id}/members/${kwame.id}`)).status).toBeLessThan(300);
    typeParagraph(typist.doc, structure, "Typed after leaving WG4.");
    await eventually(() => typist.refusals.length > 0, "the refusal on instance 3");
    expect(typist.refusals[0]).toMatchObject({ reason: "section_not_writable", sectionId: structure });
    expect(await storedLines(databaseUrl, fx.documentId, structure)).not.toContain("Typed after leaving WG4.");
    expect((await admin.post(`/api/groups/${wg4.id}/members`, { userId: kwame.id })).status).toBeLessThan(300);
  });

  it("closes a deactivated account's connections on every instance", async () => {
    const admin = createClient(instances[1]!.url);
    await admin.loginAs("secretariat");
    const mei = ((await admin.get("/api/users")).body.users as { id: string; email: string }[]).find((u) => u.email.startsWith("wg5.member@"))!;
    const member = createClient(instances[0]!.url);
    await member.loginAs("wg5.member");
    const sockets = await Promise.all(instances.map((instance) => connectRaw(instance.url, fx.documentId, { cookie: member.cookie! })));
    expect((await admin.patch(`/api/users/${mei.id}`, { active: false })).status).toBe(200);
    for (const [index, socket] of sockets.entries()) await eventually(() => socket.closed !== null, `closed on instance ${index + 1}`);
    expect(sockets.map((s) => s.closed!.code)).toEqual(sockets.map(() => 4402));
  });

  it("refuses an approval of text that changed since the chair looked, with the change, whichever instances the chair and the typist use", async () => {
    const introduction = fx.section("Introduction");
    const chair = createClient(instances[0]!.url);
    await chair.loginAs("lp.chair");
    const seen = await chair.get(`/api/documents/${fx.documentId}/sections/${introduction}/approval`);
    expect(seen.status).toBe(200);
    const typist = connect(instances[1]!, await fx.cookie("strategy.member"));
    await typist.synced;
    typeParagraph(typist.doc, introduction, "A sentence the chair has not seen.");
    await eventually(async () => (await storedLines(databaseUrl, fx.documentId, introduction)).includes("A sentence the chair has not seen."), "stored");
    // The approval reaches a third instance.
    const elsewhere = createClient(instances[2]!.url);
    elsewhere.setCookie(chair.cookie);
    const refused = await elsewhere.post(`/api/documents/${fx.documentId}/sections/${introduction}/transitions`, { to: "approved", fingerprint: seen.body.approval.fingerprint });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("section_changed");
    expect(JSON.stringify(refused.body.error.details.sinceSeen)).toContain("A sentence the chair has not seen.");
  });
});
