import { beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "../helpers/server";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { anchorIn } from "../helpers/anchors";
import { editorUpdate, insertionMark, sendUpdate, userIdOf } from "../helpers/suggest";
import { InboxSchema, NeedsSchema, type Needs, type NotificationView } from "../../shared/api/inbox";
import { approveSection } from "../helpers/approve";

// "What needs you" and the inbox's words, against a real server and real sockets: a suggestion made over the
// socket reaches the owners' landing page, decisions reach the suggester in words, reviews reach the owners.
describe.each(BACKENDS)("what needs you (%s)", (backend) => {
  const { server, fx } = collabSuite({ backend, collab: { flushWindowMs: 5 } });
  const as: Record<string, TestClient> = {};
  const base = () => `/api/documents/${fx().documentId}`;
  const FUNDING = "Sustainable funding";

  beforeAll(async () => {
    for (const local of ["wg1.member", "wg2.member", "observer", "mag.chair", "lp.chair", "strategy.member"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  async function needs(local: string): Promise<Needs> {
    const response = await as[local]!.get("/api/me/needs");
    expect(response.status).toBe(200);
    return NeedsSchema.parse(response.body);
  }
  async function inbox(local: string): Promise<NotificationView[]> {
    const response = await as[local]!.get("/api/inbox");
    expect(response.status).toBe(200);
    return InboxSchema.parse(response.body).notifications;
  }

  it("lists a member's sections with status, due date and what is open, and the suggestions waiting in them", async () => {
    const funding = fx().section(FUNDING);
    expect((await as["mag.chair"]!.patch(`${base()}/sections/${funding}`, { dueDate: "2027-01-15" })).status).toBe(200);
    const before = await needs("wg1.member");
    expect(before.groups.map((g) => g.slug)).toEqual(["wg1"]);
    expect(before.reviews).toBe(false);
    const row = before.sections.find((s) => s.section.id === funding)!;
    expect(row).toMatchObject({ section: { number: 4, title: FUNDING }, status: "in_review", dueDate: "2027-01-15", openSuggestions: 0, openThreads: 0 });
    expect(row.ownerGroup.slug).toBe("wg1");
    // Only the groups' own sections.
    expect(before.sections.every((s) => s.ownerGroup.slug === "wg1")).toBe(true);

    // Ravi (WG2) suggests in WG1's section, over the socket as a browser would.
    const cookie = await fx().cookie("wg2.member");
    const ravi = await userIdOf(server(), cookie);
    const update = await editorUpdate(server(), fx().documentId, funding, (doc, tr) => {
      tr.insert(1 + doc.firstChild!.content.size, doc.type.schema.text(" and the NRIs", [insertionMark("needs-1", ravi)]));
    });
    await sendUpdate(server(), fx().documentId, cookie, update);

    await expect.poll(async () => (await needs("wg1.member")).sections.find((s) => s.section.id === funding)?.openSuggestions).toBe(1);
    const after = await needs("wg1.member");
    const waiting = after.waiting.find((w) => w.kind === "suggestion");
    expect(waiting).toMatchObject({ kind: "suggestion", suggestionId: "needs-1", by: { name: "Ravi Menon" }, section: { id: funding, number: 4, title: FUNDING } });
    // The suggester is not told about their own suggestion.
    expect((await needs("wg2.member")).waiting.some((w) => w.kind === "suggestion")).toBe(false);

    // Rejected with a reason: the suggester reads who, what, where and why; the owners' count goes down.
    const decided = await as["wg1.member"]!.post(`${base()}/suggestions/${funding}/decide`, { decision: "reject", ids: ["needs-1"], note: "The NRIs have their own section." });
    expect(decided.status).toBe(200);
    const [told] = (await inbox("wg2.member")).filter((n) => n.kind === "suggestion");
    expect(told).toMatchObject({
      kind: "suggestion",
      outcome: "rejected",
      actor: { name: "Amara Okafor" },
      sectionId: funding,
      sectionLabel: `4. ${FUNDING}`,
      suggestionId: "needs-1",
      note: "The NRIs have their own section.",
      count: 1,
      read: false,
    });
    const later = await needs("wg1.member");
    expect(later.sections.find((s) => s.section.id === funding)?.openSuggestions).toBe(0);
    expect(later.waiting.some((w) => w.kind === "suggestion")).toBe(false);
  });

  it("puts others' open amendments to the groups' sections in what waits, and tells both sides in words", async () => {
    const funding = fx().section(FUNDING);
    const { anchor, text } = await anchorIn(server(), fx().documentId, funding, 4, 7);
    const proposed = await as["wg2.member"]!.post(`${base()}/amendments`, { sectionId: funding, anchor, originalText: text, proposedText: "IGF's", reason: "Possessive." });
    expect(proposed.status).toBe(201);
    const amendmentId = proposed.body.amendment.id as string;
    const waiting = (await needs("wg1.member")).waiting.find((w) => w.kind === "amendment");
    expect(waiting).toMatchObject({ kind: "amendment", amendmentId, by: { name: "Ravi Menon" }, section: { id: funding, number: 4, title: FUNDING } });
    expect((await inbox("wg1.member")).find((n) => n.kind === "amendment")).toMatchObject({ outcome: "proposed", amendmentId, sectionLabel: `4. ${FUNDING}`, actor: { name: "Ravi Menon" } });

    expect((await as["wg1.member"]!.post(`${base()}/amendments/${amendmentId}/reject`, { reason: "We keep the UN style." })).status).toBe(200);
    expect((await inbox("wg2.member")).find((n) => n.kind === "amendment")).toMatchObject({ outcome: "rejected", note: "We keep the UN style.", amendmentId, sectionLabel: `4. ${FUNDING}`, actor: { name: "Amara Okafor" } });
    expect((await needs("wg1.member")).waiting.some((w) => w.kind === "amendment")).toBe(false);
  });

  it("puts replies and mentions in what waits, until they are read; counts open threads per section", async () => {
    const funding = fx().section(FUNDING);
    const { anchor, text } = await anchorIn(server(), fx().documentId, funding, 0, 20);
    const observerId = await userIdOf(server(), await fx().cookie("observer"));
    const started = await as["wg1.member"]!.post(`${base()}/threads`, { sectionId: funding, anchor, quote: text, body: "Do we keep this figure?" });
    expect(started.status).toBe(201);
    const threadId = started.body.thread.id as string;
    const reply = await as["wg2.member"]!.post(`${base()}/threads/${threadId}/comments`, { body: "Yes, and ask Jonas.", mentions: { userIds: [observerId], groupIds: [] } });
    expect(reply.status).toBe(201);

    const amara = await needs("wg1.member");
    expect(amara.sections.find((s) => s.section.id === funding)?.openThreads).toBe(1);
    const replied = amara.waiting.find((w) => w.kind === "reply");
    expect(replied).toMatchObject({ kind: "reply", threadId, by: { name: "Ravi Menon" }, excerpt: "Yes, and ask Jonas.", section: { number: 4, title: FUNDING } });
    const mentioned = (await needs("observer")).waiting.find((w) => w.kind === "mention");
    expect(mentioned).toMatchObject({ kind: "mention", threadId, by: { name: "Ravi Menon" }, section: { id: funding } });

    const entry = (await inbox("wg1.member")).find((n) => n.kind === "reply")!;
    expect(entry).toMatchObject({ threadId, sectionId: funding, sectionLabel: `4. ${FUNDING}`, actor: { name: "Ravi Menon" }, excerpt: "Yes, and ask Jonas." });
    // Read (as opening the link does): it no longer waits.
    if (replied?.kind !== "reply") throw new Error("no reply waiting");
    expect((await as["wg1.member"]!.post("/api/inbox/read", { ids: [replied.notificationId] })).status).toBe(200);
    expect((await needs("wg1.member")).waiting.some((w) => w.kind === "reply")).toBe(false);
  });

  it("gives chairs the sections in review, and tells owners of approval, changes requested (with the note) and reopening", async () => {
    const intro = fx().section("Introduction");
    const chair = await needs("mag.chair");
    expect(chair.reviews).toBe(true);
    const reviews = chair.waiting.filter((w) => w.kind === "review");
    expect(reviews.map((w) => w.section?.title)).toEqual(expect.arrayContaining(["Introduction", FUNDING]));
    expect(reviews.find((w) => w.section?.title === "Introduction")).toMatchObject({ section: { number: 1 }, ownerGroup: "MAG Working Group on Strategy" });
    // Members have no review queue.
    expect((await needs("wg1.member")).waiting.some((w) => w.kind === "review")).toBe(false);

    const funding = fx().section(FUNDING);
    expect((await as["mag.chair"]!.post(`${base()}/sections/${funding}/transitions`, { to: "changes_requested", note: "Cite the 2024 figures." })).status).toBe(200);
    const [changes] = (await inbox("wg1.member")).filter((n) => n.kind === "transition");
    expect(changes).toMatchObject({ outcome: "changes_requested", note: "Cite the 2024 figures.", sectionId: funding, sectionLabel: `4. ${FUNDING}`, actor: { name: "Nadia Haddad (MAG Chair)" } });

    expect((await approveSection(as["mag.chair"]!, fx().documentId, intro)).status).toBe(200);
    expect((await inbox("strategy.member")).find((n) => n.kind === "transition")).toMatchObject({ outcome: "approved", sectionLabel: "1. Introduction", note: "" });
    expect((await as["lp.chair"]!.post(`${base()}/sections/${intro}/transitions`, { to: "draft", note: "One more paragraph on youth." })).status).toBe(200);
    const reopened = (await inbox("strategy.member")).filter((n) => n.kind === "transition");
    expect(reopened[0]).toMatchObject({ outcome: "reopened", sectionLabel: "1. Introduction", actor: { name: "Tomas Lindqvist (LP Chair)" }, note: "One more paragraph on youth." });
    // The chair in the owning group hears of the other chair's decision, not of their own.
    expect((await inbox("mag.chair")).filter((n) => n.kind === "transition").map((n) => n.outcome)).toEqual(["reopened"]);
    expect((await needs("mag.chair")).waiting.some((w) => w.kind === "review" && w.section?.id === intro)).toBe(false);
  });

  it("answers bad input on the new paths with a clear error", async () => {
    for (const limit of ["abc", "0", "100000", "1.5"]) {
      const response = await as["wg1.member"]!.get(`/api/me/needs?limit=${limit}`);
      expect(response.status).toBe(400);
      expect(response.body.error.message).toMatch(/limit/);
    }
    expect((await as["wg1.member"]!.get("/api/me/needs?limit=5")).status).toBe(200);
    expect((await createClient(server().url).get("/api/me/needs")).status).toBe(401);
    const malformed = await as["wg1.member"]!.request("POST", "/api/inbox/read", { body: "{ids: [", headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect((await as["wg1.member"]!.post("/api/inbox/read", { ids: "some" })).status).toBe(400);
    expect((await as["wg1.member"]!.post("/api/inbox/read", { ids: Array.from({ length: 501 }, (_, i) => `id${i}`) })).status).toBe(400);
    const huge = await as["wg1.member"]!.request("POST", "/api/inbox/read", { body: JSON.stringify({ ids: ["x".repeat(3 * 1024 * 1024)] }), headers: { "content-type": "application/json" } });
    expect([400, 413]).toContain(huge.status);
    expect(huge.body.error.message).toBeTruthy();
  });
});
