import { beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { BACKENDS } from "../helpers/server";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { eventually, sectionText, typeParagraph } from "../helpers/collab";
import { anchorIn, liveSectionText } from "../helpers/anchors";
import { readOutline } from "../../shared/collab/outline";
import { amendmentsMap, threadsMap } from "../../shared/collab/review";
import { approveSection } from "../helpers/approve";

describe.each(BACKENDS)("review workflow (%s)", (backend) => {
  const { server, fx, connect } = collabSuite({ backend, collab: { flushWindowMs: 5 } });
  const as: Record<string, TestClient> = {};
  const api = (local: string) => as[local]!;
  const base = () => `/api/documents/${fx().documentId}`;

  beforeAll(async () => {
    for (const local of ["secretariat", "mag.chair", "lp.chair", "wg1.member", "wg2.member", "wg3.member", "wg5.member", "observer"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  it("moves a section through its lifecycle; approval locks it in the guard at once and makes a version", async () => {
    const wg3 = fx().section("Intersessional work");
    const owner = await connect("wg3.member");
    const versionsBefore = (await server().store.versions.list(fx().documentId)).length;

    const submit = await api("wg3.member").post(`${base()}/sections/${wg3}/transitions`, { to: "in_review", note: "Ready for the chairs." });
    expect(submit.status).toBe(200);
    expect(submit.body.section).toMatchObject({ status: "in_review", lastTransition: { to: "in_review", note: "Ready for the chairs.", by: { name: "Élise Dubois" } } });
    await eventually(() => readOutline(owner.doc).find((s) => s.id === wg3)?.status === "in_review", "live outline shows in review");

    const queue = await api("lp.chair").get("/api/review-queue");
    expect(queue.body.items.map((i: { section: { id: string } }) => i.section.id)).toContain(wg3);

    expect((await approveSection(api("wg3.member"), fx().documentId, wg3)).status).toBe(403);
    const noNote = await api("mag.chair").post(`${base()}/sections/${wg3}/transitions`, { to: "changes_requested" });
    expect(noNote.status).toBe(400);
    expect(noNote.body.error.message).toMatch(/note is required/);

    const approve = await approveSection(api("mag.chair"), fx().documentId, wg3, { note: "Agreed text." });
    expect(approve.body.section.status).toBe("approved");
    await eventually(() => readOutline(owner.doc).find((s) => s.id === wg3)?.status === "approved", "live outline shows approved");

    typeParagraph(owner.doc, wg3, "Typed after approval.");
    await eventually(() => owner.refusals.length > 0, "refusal after approval");
    expect(owner.refusals[0]).toMatchObject({ reason: "section_approved", sectionId: wg3 });
    expect(await liveSectionText(server(), fx().documentId, wg3)).not.toContain("Typed after approval.");

    const versions = await server().store.versions.list(fx().documentId);
    expect(versions.length).toBe(versionsBefore + 2);
    expect(versions[0]).toMatchObject({ kind: "approval", label: expect.stringMatching(/Intersessional work.*approved/) });

    // Another approval or a member reopening is refused with a reason.
    expect((await approveSection(api("mag.chair"), fx().documentId, wg3)).status).toBe(409);
    expect((await api("wg3.member").post(`${base()}/sections/${wg3}/transitions`, { to: "draft" })).status).toBe(403);
    expect((await api("lp.chair").post(`${base()}/sections/${wg3}/transitions`, { to: "draft", note: "Reopened for the final round." })).status).toBe(200);

    const history = await api("observer").get(`${base()}/sections/${wg3}/transitions`);
    expect(history.body.transitions.map((t: { to: string }) => t.to)).toEqual(["in_review", "approved", "draft"]);
    expect(history.body.transitions[1]).toMatchObject({ from: "in_review", note: "Agreed text.", by: { name: "Nadia Haddad (MAG Chair)" } });

    // The owners were told about the approval.
    const inbox = await api("wg3.member").get("/api/inbox");
    expect(inbox.body.notifications.some((n: { kind: string }) => n.kind === "transition")).toBe(true);

    // Reopened: the owner types again (a fresh client: the refused one must start over).
    const fresh = await connect("wg3.member");
    typeParagraph(fresh.doc, wg3, "Typed after reopening.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, wg3)).includes("Typed after reopening."), "edit after reopen");
    expect(fresh.refusals).toEqual([]);
  });

  it("manages the outline: rename, owner change taking effect at once, due date, reorder, retire", async () => {
    const annex = await api("secretariat").post(`${base()}/sections`, { title: "Annex: timeline", ownerGroup: "wg1", text: "First milestone." });
    expect(annex.status).toBe(201);
    const annexId = annex.body.section.id;
    const wg1 = await connect("wg1.member");
    const wg5 = await connect("wg5.member");
    await eventually(() => readOutline(wg1.doc).some((s) => s.id === annexId), "new section in the live outline");

    const renamed = await api("mag.chair").patch(`${base()}/sections/${annexId}`, { title: "Annex: WSIS+20 timeline", dueDate: "2026-12-15" });
    expect(renamed.body.section).toMatchObject({ title: "Annex: WSIS+20 timeline", dueDate: "2026-12-15" });
    expect((await api("wg1.member").patch(`${base()}/sections/${annexId}`, { title: "Mine now" })).status).toBe(403);

    // Owner change: WG1 loses the section, WG5 gains it, for connections already open.
    const moved = await api("secretariat").patch(`${base()}/sections/${annexId}`, { ownerGroup: "wg5" });
    expect(moved.body.section.ownerGroup.slug).toBe("wg5");
    typeParagraph(wg1.doc, annexId, "WG1 after losing it.");
    await eventually(() => wg1.refusals.length > 0, "old owner refused");
    expect(wg1.refusals[0]!.reason).toBe("section_not_writable");
    typeParagraph(wg5.doc, annexId, "WG5 now owns it.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, annexId)).includes("WG5 now owns it."), "new owner writes");

    const outline = (await api("observer").get(`/api/documents/${fx().documentId}`)).body.document.sections.map((s: { id: string }) => s.id);
    const reversed = [...outline].reverse();
    expect((await api("mag.chair").request("PUT", `${base()}/sections/order`, { json: { sectionIds: reversed.slice(1) } })).status).toBe(400);
    const reordered = await api("mag.chair").request("PUT", `${base()}/sections/order`, { json: { sectionIds: reversed } });
    expect(reordered.status).toBe(200);
    expect((await api("observer").get(`/api/documents/${fx().documentId}`)).body.document.sections.map((s: { id: string }) => s.id)).toEqual(reversed);
    await eventually(() => readOutline(wg5.doc)[0]?.id === reversed[0], "live outline reordered");
    await api("mag.chair").request("PUT", `${base()}/sections/order`, { json: { sectionIds: outline } });

    expect((await api("secretariat").delete(`${base()}/sections/${annexId}`)).status).toBe(200);
    expect((await api("observer").get(`/api/documents/${fx().documentId}`)).body.document.sections.map((s: { id: string }) => s.id)).not.toContain(annexId);
    typeParagraph(wg5.doc, annexId, "Into a retired section.");
    await eventually(() => wg5.refusals.length > 0, "retired section refused");
    expect(wg5.refusals[0]!.reason).toBe("unknown_root");

    const activity = await api("observer").get(`${base()}/activity`);
    const kinds = activity.body.items.map((i: { kind: string }) => i.kind);
    expect(kinds).toEqual(expect.arrayContaining(["section.create", "section.owner_change", "section.retire", "section.reorder", "edit"]));
  });

  it("keeps a comment anchored through concurrent edits around it, and shows it detached when its text is deleted", async () => {
    const funding = fx().section("Sustainable funding");
    const { anchor, text } = await anchorIn(server(), fx().documentId, funding, 10, 40);
    const created = await api("wg2.member").post(`${base()}/threads`, { sectionId: funding, anchor, quote: text, body: "Is this agreed UN language?" });
    expect(created.status).toBe(201);
    const threadId = created.body.thread.id;

    const a = await connect("wg1.member");
    const b = await connect("wg1.second");
    await eventually(() => threadsMap(a.doc).has(threadId), "thread appears live");
    const paragraphOf = (doc: Y.Doc) => (doc.getXmlFragment(`section:${funding}`).get(0) as Y.XmlElement).get(0) as Y.XmlText;
    // Concurrent: A inserts before the range, B inserts after it and deletes a word before it.
    paragraphOf(a.doc).insert(0, "Preface: ");
    paragraphOf(b.doc).insert(45, " [inserted after]");
    paragraphOf(b.doc).delete(0, 3);
    await eventually(() => sectionText(a.doc, funding) === sectionText(b.doc, funding) && sectionText(a.doc, funding).includes("[inserted after]"), "convergence");

    const threads = (await api("observer").get(`${base()}/threads`)).body.threads;
    const thread = threads.find((t: { id: string }) => t.id === threadId);
    expect(thread.detached).toBe(false);
    const now = await server().deps.rooms.withRoom(fx().documentId, async (room) => {
      const { resolveRange, textOfRange } = await import("../../server/collab/ranges");
      return textOfRange(resolveRange(room.doc, anchor.start, anchor.end)!);
    });
    expect(now).toBe(text);

    // Delete the whole paragraph: the thread is kept, shown as detached.
    a.doc.getXmlFragment(`section:${funding}`).delete(0, 1);
    await eventually(async () => !(await liveSectionText(server(), fx().documentId, funding)).includes(text), "paragraph deleted");
    const after = (await api("observer").get(`${base()}/threads`)).body.threads.find((t: { id: string }) => t.id === threadId);
    expect(after.detached).toBe(true);
    expect(after.comments[0].body).toBe("Is this agreed UN language?");
  });

  it("threads: replies, edit and delete of one's own comments, resolve and reopen, mentions into the inbox", async () => {
    const wg3 = fx().section("Intersessional work");
    const { anchor, text } = await anchorIn(server(), fx().documentId, wg3, 0, 20);
    const groups = (await api("observer").get("/api/groups")).body.groups as { id: string; slug: string }[];
    const wg1Member = (await server().store.users.byEmail("wg1.member@demo.penholder.test"))!;
    const wg5Group = groups.find((g) => g.slug === "wg5")!;
    const thread = (
      await api("observer").post(`${base()}/threads`, {
        sectionId: wg3,
        anchor,
        quote: text,
        body: "@Amara Okafor and @WG5, please look.",
        mentions: { userIds: [wg1Member.id], groupIds: [wg5Group.id] },
      })
    ).body.thread;
    expect(thread.comments[0].mentions).toMatchObject({ users: [{ name: "Amara Okafor" }], groups: [{ slug: "wg5" }] });

    const wg1Inbox = await api("wg1.member").get("/api/inbox");
    expect(wg1Inbox.body.notifications.find((n: { threadId: string }) => n.threadId === thread.id)).toMatchObject({ kind: "mention", excerpt: expect.stringContaining("please look") });
    const wg5Inbox = await api("wg5.member").get("/api/inbox");
    expect(wg5Inbox.body.notifications.some((n: { threadId: string; kind: string }) => n.threadId === thread.id && n.kind === "mention")).toBe(true);
    expect((await api("observer").get("/api/inbox")).body.notifications.some((n: { threadId: string }) => n.threadId === thread.id)).toBe(false);

    const reply = await api("wg3.member").post(`${base()}/threads/${thread.id}/comments`, { body: "Agreed, will fix." });
    expect(reply.status).toBe(201);
    const replyId = reply.body.thread.comments[1].id;
    const observerInbox = await api("observer").get("/api/inbox");
    expect(observerInbox.body.notifications.find((n: { commentId: string }) => n.commentId === replyId)).toMatchObject({ kind: "reply", actor: { name: "Élise Dubois" } });
    expect(observerInbox.body.unread).toBeGreaterThan(0);
    expect((await api("observer").get("/api/inbox/unread")).body.unread).toBe(observerInbox.body.unread);
    expect((await api("observer").post("/api/inbox/read", { ids: "all" })).body.unread).toBe(0);

    expect((await api("observer").patch(`${base()}/threads/${thread.id}/comments/${replyId}`, { body: "Hijacked" })).status).toBe(403);
    const edited = await api("wg3.member").patch(`${base()}/threads/${thread.id}/comments/${replyId}`, { body: "Agreed, fixed in draft 2." });
    expect(edited.body.thread.comments[1]).toMatchObject({ body: "Agreed, fixed in draft 2.", editedAt: expect.any(String) });
    expect((await api("wg2.member").delete(`${base()}/threads/${thread.id}/comments/${replyId}`)).status).toBe(403);
    const deleted = await api("wg3.member").delete(`${base()}/threads/${thread.id}/comments/${replyId}`);
    expect(deleted.body.thread.comments[1]).toMatchObject({ deleted: true, body: "" });

    const resolved = await api("wg3.member").post(`${base()}/threads/${thread.id}/resolve`);
    expect(resolved.body.thread).toMatchObject({ status: "resolved", resolvedBy: { name: "Élise Dubois" } });
    expect((await api("wg3.member").post(`${base()}/threads/${thread.id}/resolve`)).status).toBe(409);
    expect((await api("observer").post(`${base()}/threads/${thread.id}/reopen`)).body.thread.status).toBe("open");

    const bad = await api("observer").post(`${base()}/threads`, { sectionId: fx().section("Sustainable funding"), anchor, quote: "", body: "Wrong section" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/not in that section/);
    const unknownMention = await api("observer").post(`${base()}/threads/${thread.id}/comments`, { body: "x", mentions: { userIds: ["nobody"], groupIds: [] } });
    expect(unknownMention.status).toBe(400);
  });

  it("amendments: proposed by a reader, accepted by an owner as one change attributed to the proposer", async () => {
    const wg3 = fx().section("Intersessional work");
    const owner = await connect("wg3.member");
    const { anchor, text } = await anchorIn(server(), fx().documentId, wg3, 4, 30);
    const proposal = await api("wg2.member").post(`${base()}/amendments`, {
      sectionId: wg3,
      anchor,
      originalText: text,
      proposedText: "THE AMENDED WORDS",
      reason: "Align with the Elements Paper.",
    });
    expect(proposal.status).toBe(201);
    const amendmentId = proposal.body.amendment.id;
    expect(proposal.body.amendment).toMatchObject({ status: "open", changedSince: false, currentText: text, proposer: { name: "Ravi Menon" } });
    await eventually(() => amendmentsMap(owner.doc).has(amendmentId), "amendment appears live");
    expect((await api("wg3.member").get("/api/inbox")).body.notifications.some((n: { kind: string }) => n.kind === "amendment")).toBe(true);

    expect((await api("wg2.member").post(`${base()}/amendments/${amendmentId}/accept`, {})).status).toBe(403);
    expect((await api("mag.chair").post(`${base()}/amendments/${amendmentId}/accept`, {})).status).toBe(403);
    const logBefore = (await server().store.documents.updates(fx().documentId)).length;
    const accepted = await api("wg3.member").post(`${base()}/amendments/${amendmentId}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.amendment).toMatchObject({ status: "accepted", decidedBy: { name: "Élise Dubois" } });
    await eventually(() => sectionText(owner.doc, wg3).includes("THE AMENDED WORDS"), "owner sees the text change");
    expect(sectionText(owner.doc, wg3)).not.toContain(text);
    const ravi = (await server().store.users.byEmail("wg2.member@demo.penholder.test"))!;
    const log = await server().store.documents.updates(fx().documentId);
    expect(log.slice(logBefore).some((row) => row.user_id === ravi.id)).toBe(true);
    expect((await api("wg3.member").post(`${base()}/amendments/${amendmentId}/accept`, {})).status).toBe(409);
  });

  it("amendments: a changed text asks for confirmation; reject needs a reason; the proposer withdraws", async () => {
    const wg3 = fx().section("Intersessional work");
    const { anchor, text } = await anchorIn(server(), fx().documentId, wg3, 0, 12, 1);
    const amendment = (await api("observer").post(`${base()}/amendments`, { sectionId: wg3, anchor, originalText: text, proposedText: "Replaced." })).body.amendment;

    const owner = await connect("wg3.member");
    const second = (owner.doc.getXmlFragment(`section:${wg3}`).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    second.insert(5, "CHANGED");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, wg3)).includes("CHANGED"), "owner edit stored");

    const listed = (await api("observer").get(`${base()}/amendments`)).body.amendments.find((a: { id: string }) => a.id === amendment.id);
    expect(listed.changedSince).toBe(true);
    const stale = await api("wg3.member").post(`${base()}/amendments/${amendment.id}/accept`, {});
    expect(stale.status).toBe(409);
    expect(stale.body.error.details.currentText).toContain("CHANGED");
    const confirmed = await api("wg3.member").post(`${base()}/amendments/${amendment.id}/accept`, { confirmChanged: true });
    expect(confirmed.status).toBe(200);
    await eventually(() => sectionText(owner.doc, wg3).includes("Replaced."), "confirmed amendment applied");

    const { anchor: anchor2, text: text2 } = await anchorIn(server(), fx().documentId, wg3, 0, 5, 2);
    const toReject = (await api("observer").post(`${base()}/amendments`, { sectionId: wg3, anchor: anchor2, originalText: text2, proposedText: "" })).body.amendment;
    expect((await api("wg3.member").post(`${base()}/amendments/${toReject.id}/reject`, {})).status).toBe(400);
    const rejected = await api("wg3.member").post(`${base()}/amendments/${toReject.id}/reject`, { reason: "The deletion loses the agreed reference." });
    expect(rejected.body.amendment).toMatchObject({ status: "rejected", decisionNote: "The deletion loses the agreed reference." });
    expect(await liveSectionText(server(), fx().documentId, wg3)).toContain(text2);

    const toWithdraw = (await api("observer").post(`${base()}/amendments`, { sectionId: wg3, anchor: anchor2, originalText: text2, proposedText: "Other" })).body.amendment;
    expect((await api("wg2.member").post(`${base()}/amendments/${toWithdraw.id}/withdraw`)).status).toBe(403);
    expect((await api("observer").post(`${base()}/amendments/${toWithdraw.id}/withdraw`)).body.amendment.status).toBe("withdrawn");
  });

  it("amendments: once the section is approved, deciding is refused with 409 and the text stays as approved", async () => {
    const wg3 = fx().section("Intersessional work");
    const { anchor, text } = await anchorIn(server(), fx().documentId, wg3, 0, 4);
    const amendment = (await api("observer").post(`${base()}/amendments`, { sectionId: wg3, anchor, originalText: text, proposedText: "LOCKED OUT" })).body.amendment;
    expect((await api("mag.chair").post(`${base()}/sections/${wg3}/transitions`, { to: "in_review" })).status).toBe(200);
    expect((await approveSection(api("mag.chair"), fx().documentId, wg3)).status).toBe(200);
    const approvedText = await liveSectionText(server(), fx().documentId, wg3);

    for (const decision of ["accept", "reject"]) {
      const refused = await api("wg3.member").post(`${base()}/amendments/${amendment.id}/${decision}`, { reason: "Not now." });
      expect(refused.status).toBe(409);
      expect(refused.body.error.message).toMatch(/approved and locked, so this amendment cannot be decided now; its text was not changed\. A chair must reopen/);
    }
    expect(await liveSectionText(server(), fx().documentId, wg3)).toBe(approvedText);
    expect((await server().store.amendments.byId(amendment.id))!.status).toBe("open");

    // Reopened, the same amendment is accepted: it was the lock that refused it.
    expect((await api("lp.chair").post(`${base()}/sections/${wg3}/transitions`, { to: "draft", note: "One more change." })).status).toBe(200);
    expect((await api("wg3.member").post(`${base()}/amendments/${amendment.id}/accept`, {})).status).toBe(200);
    expect(await liveSectionText(server(), fx().documentId, wg3)).toContain("LOCKED OUT");
  });

  it("exports the audit log as CSV to admins only", async () => {
    const csv = await api("secretariat").request("GET", `/api/audit?documentId=${fx().documentId}&format=csv`);
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const lines = (csv.body as string).trim().split("\r\n");
    expect(lines[0]).toBe("time,actor,email,what,action,target,document,detail");
    expect(lines.some((l) => l.includes("section.approved"))).toBe(true);
    const filtered = await api("secretariat").get(`/api/audit?action=amendment.&documentId=${fx().documentId}`);
    expect(filtered.body.entries.length).toBeGreaterThan(0);
    expect(filtered.body.entries.every((e: { action: string }) => e.action.startsWith("amendment."))).toBe(true);
    const underscored = await api("secretariat").get(`/api/audit?action=section.in_review&documentId=${fx().documentId}`);
    expect(underscored.body.entries.length).toBeGreaterThan(0);
    expect(underscored.body.entries.every((e: { action: string }) => e.action === "section.in_review")).toBe(true);
    expect((await api("secretariat").get(`/api/audit?action=section.in_&documentId=${fx().documentId}`)).body.entries.length).toBe(underscored.body.entries.length);
    expect((await api("mag.chair").get("/api/audit")).status).toBe(403);
    expect((await api("secretariat").get("/api/audit?from=yesterday")).status).toBe(400);
  });
});
