import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import WebSocket from "ws";
import { BACKENDS } from "../helpers/server";
import { collabSuite } from "../helpers/collabSuite";
import { connectProvider, eventually, sectionText, typeParagraph } from "../helpers/collab";
import { loadDocumentState, sectionContent } from "../../server/collab/documentState";
import { createClient } from "../helpers/http";

describe.each(BACKENDS)("live co-editing over the stock y-websocket client (%s)", (backend) => {
  const { server, fx, connect, keep } = collabSuite({ backend, collab: { flushWindowMs: 10 } });

  it("lets two members of a group co-edit their section and converge; a late joiner gets the same state", async () => {
    const funding = fx().section("Sustainable funding");
    const a = await connect("wg1.member");
    const b = await connect("wg1.second");
    expect(sectionText(a.doc, funding)).toBe(sectionText(b.doc, funding));
    expect(sectionText(a.doc, funding).length).toBeGreaterThan(100);

    typeParagraph(a.doc, funding, "From member A.");
    typeParagraph(b.doc, funding, "From member B.");
    (a.doc.getXmlFragment(`section:${funding}`).get(0) as Y.XmlElement).insert(0, [new Y.XmlText("Edited first: ")]);
    await eventually(() => sectionText(a.doc, funding) === sectionText(b.doc, funding) && sectionText(a.doc, funding).includes("From member B."), "convergence");
    expect(sectionText(a.doc, funding)).toContain("From member A.");
    expect(a.refusals).toEqual([]);
    expect(b.refusals).toEqual([]);

    const late = await connect("observer");
    expect(sectionText(late.doc, funding)).toBe(sectionText(a.doc, funding));

    // And it is what storage holds.
    await server().deps.rooms.loaded(fx().documentId)!.whenFlushed();
    const stored = await loadDocumentState(server().store, fx().documentId);
    expect(sectionContent(stored, funding).map((b) => b.text).join("\n")).toBe(sectionText(a.doc, funding));
  });

  it("refuses a member writing into another group's section: not applied, not stored, not broadcast, sender told", async () => {
    const wg3Section = fx().section("Intersessional work");
    const owner = await connect("wg3.member");
    const intruder = await connect("wg1.member");
    const before = sectionText(owner.doc, wg3Section);
    const logBefore = (await server().store.documents.updates(fx().documentId)).length;

    typeParagraph(intruder.doc, wg3Section, "WG1 rewrites WG3.");
    await eventually(() => intruder.refusals.length > 0, "the refusal");
    expect(intruder.refusals[0]).toMatchObject({ reason: "section_not_writable", sectionId: wg3Section });
    expect(intruder.refusals[0]!.message).toMatch(/only members of WG3 Intersessional work model review/);

    // The owner's own typing still flows, and never carries the intruder's text.
    typeParagraph(owner.doc, wg3Section, "WG3 keeps drafting.");
    const watcher = await connect("observer");
    await eventually(() => sectionText(watcher.doc, wg3Section).includes("WG3 keeps drafting."), "owner's edit arrives");
    expect(sectionText(watcher.doc, wg3Section)).not.toContain("WG1 rewrites WG3.");
    expect(sectionText(owner.doc, wg3Section)).toBe(`${before}\nWG3 keeps drafting.`);
    await server().deps.rooms.loaded(fx().documentId)!.whenFlushed();
    const log = await server().store.documents.updates(fx().documentId);
    expect(log.length).toBeGreaterThan(logBefore);
    const stored = await loadDocumentState(server().store, fx().documentId);
    expect(sectionContent(stored, wg3Section).map((b) => b.text)).not.toContain("WG1 rewrites WG3.");
  });

  it("refuses an observer writing anywhere, and anyone writing a server-written root", async () => {
    const funding = fx().section("Sustainable funding");
    const observer = await connect("observer");
    typeParagraph(observer.doc, funding, "Observer edit.");
    await eventually(() => observer.refusals.length > 0, "observer refusal");
    expect(observer.refusals[0]!.reason).toBe("section_not_writable");

    const member = await connect("wg1.member");
    member.doc.getMap("outline").set("title", "Hijacked");
    await eventually(() => member.refusals.length > 0, "server-root refusal");
    expect(member.refusals[0]!.reason).toBe("server_root");

    const chair = await connect("mag.chair");
    chair.doc.getArray("evil").insert(0, ["new root"]);
    await eventually(() => chair.refusals.length > 0, "unknown-root refusal");
    expect(chair.refusals[0]!.reason).toBe("unknown_root");

    const fresh = await connect("wg2.member");
    expect(sectionText(fresh.doc, funding)).not.toContain("Observer edit.");
    expect(fresh.doc.getMap("outline").get("title")).toBeUndefined();
    expect(fresh.doc.share.has("evil")).toBe(false);
  });

  it("refuses edits to an approved section, even from its owners", async () => {
    const mandate = fx().section("mandate and permanence");
    const member = await connect("strategy.member");
    typeParagraph(member.doc, mandate, "Reopening by stealth.");
    await eventually(() => member.refusals.length > 0, "approved refusal");
    expect(member.refusals[0]).toMatchObject({ reason: "section_approved", sectionId: mandate });
    expect(member.refusals[0]!.message).toMatch(/approved and is locked/);
  });

  it("stamps awareness with the server's truth about who is there", async () => {
    const a = await connect("wg1.member");
    const b = await connect("wg2.member");
    a.provider.awareness.setLocalStateField("user", { id: "someone-else", name: "The Secretariat", color: "#000" });
    a.provider.awareness.setLocalStateField("cursor:x", { anchor: 1 });
    await eventually(() => b.provider.awareness.getStates().get(a.doc.clientID)?.["cursor:x"] !== undefined, "awareness relay");
    const seen = b.provider.awareness.getStates().get(a.doc.clientID)!;
    expect(seen.user.name).toBe("Amara Okafor");
    expect(seen.user.id).not.toBe("someone-else");
    expect(seen.user.color).toMatch(/^#[0-9a-f]{6}$/);
  });

  it("applies a change of groups at once to open connections, and ends the connections of a signed-out session", async () => {
    const funding = fx().section("Sustainable funding");
    const admin = createClient(server().url);
    await admin.loginAs("secretariat");
    const member = await connect("wg1.second");
    const wg1 = ((await admin.get("/api/groups")).body.groups as { id: string; slug: string }[]).find((g) => g.slug === "wg1")!;
    const user = (await admin.get("/api/users")).body.users.find((u: { email: string }) => u.email.startsWith("wg1.second@"));
    expect((await admin.delete(`/api/groups/${wg1.id}/members/${user.id}`)).status).toBe(200);
    typeParagraph(member.doc, funding, "Typed after leaving WG1.");
    await eventually(() => member.refusals.length > 0, "refusal after removal");
    expect(member.refusals[0]!.reason).toBe("section_not_writable");
    expect((await admin.post(`/api/groups/${wg1.id}/members`, { userId: user.id })).status).toBe(201);

    const session = createClient(server().url);
    await session.loginAs("wg5.member");
    const live = keep(connectProvider(server().url, session.cookie!, fx().documentId));
    await live.synced;
    let closeCode = 0;
    live.provider.on("connection-close", (event: { code: number } | null) => (closeCode = event?.code ?? 0));
    await session.post("/api/auth/logout");
    await eventually(() => closeCode === 4402, "connection closed on sign-out");
  });

  it("refuses the upgrade without a session, from a foreign origin, or for an unknown document", async () => {
    const status = (path: string, headers: Record<string, string>) =>
      new Promise<{ status: number; body: unknown }>((resolve, reject) => {
        const ws = new WebSocket(`${server().url.replace("http", "ws")}${path}`, { headers });
        ws.on("open", () => reject(new Error("the upgrade was accepted")));
        ws.on("unexpected-response", (_request, response) => {
          let text = "";
          response.on("data", (chunk: Buffer) => (text += chunk));
          response.on("end", () => resolve({ status: response.statusCode!, body: JSON.parse(text) }));
        });
        ws.on("error", () => undefined);
      });
    const cookie = await fx().cookie("wg1.member");
    expect(await status(`/collab/${fx().documentId}`, {})).toMatchObject({ status: 401, body: { error: { code: "unauthenticated" } } });
    expect(await status(`/collab/${fx().documentId}`, { cookie, origin: "https://attacker.example" })).toMatchObject({ status: 403 });
    expect(await status(`/collab/nosuchdocument`, { cookie })).toMatchObject({ status: 404 });
    expect(await status(`/collab/${fx().documentId}`, { cookie: "penholder_session=forged.token" })).toMatchObject({ status: 401 });
  });
});
