import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { BACKENDS } from "../helpers/server";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { eventually, typeParagraph } from "../helpers/collab";
import { anchorIn, liveSectionText } from "../helpers/anchors";
import { editorUpdate, insertionMark, sendUpdate, userIdOf } from "../helpers/suggest";
import { readOutline } from "../../shared/collab/outline";
import type { ApprovalFacts, SectionChangedDetails } from "../../shared/api/approval";

// Approval means what it says: the chair approves the text they were shown (its fingerprint), and a text that
// changed since is refused with what changed, leaving everything as it was.

describe.each(BACKENDS)("approving the text the chair reviewed (%s)", (backend) => {
  const { server, fx, connect } = collabSuite({ backend, collab: { flushWindowMs: 5 } });
  const as: Record<string, TestClient> = {};
  const sectionPath = (sectionId: string) => `/api/documents/${fx().documentId}/sections/${sectionId}`;
  const facts = async (sectionId: string): Promise<ApprovalFacts> => {
    const response = await as["mag.chair"]!.get(`${sectionPath(sectionId)}/approval`);
    expect(response.status).toBe(200);
    return response.body.approval;
  };
  const transition = (local: string, sectionId: string, body: unknown) => as[local]!.post(`${sectionPath(sectionId)}/transitions`, body);
  const status = async (sectionId: string) => (await server().store.documents.section(fx().documentId, sectionId))!.status;

  beforeAll(async () => {
    for (const local of ["mag.chair", "wg3.member", "wg5.member", "observer"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  it("shows what changed since submission, refuses a text changed since the chair looked (changing nothing), and approves the text reviewed", async () => {
    const wg3 = fx().section("Intersessional work");
    const owner = await connect("wg3.member");
    expect((await transition("wg3.member", wg3, { to: "in_review" })).status).toBe(200);
    typeParagraph(owner.doc, wg3, "Added after submission.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, wg3)).includes("Added after submission."), "typed after submission");
    const { anchor, text } = await anchorIn(server(), fx().documentId, wg3, 0, 12);
    expect((await as.observer!.post(`/api/documents/${fx().documentId}/threads`, { sectionId: wg3, anchor, quote: text, body: "Is this agreed language?" })).status).toBe(201);

    const seen = await facts(wg3);
    expect(seen.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(seen.status).toBe("in_review");
    expect(seen.sinceSubmitted).toMatchObject({ by: { name: "Élise Dubois" }, diff: { change: "changed", insertedWords: 3, deletedWords: 0 } });
    expect(seen.sinceSubmitted!.diff.ops.filter((op) => op.type === "insert").map((op) => op.text.trim())).toEqual(["Added after submission."]);
    expect(seen.openThreads).toEqual([expect.objectContaining({ quote: text, firstComment: "Is this agreed language?", comments: 1 })]);
    expect(seen.openSuggestions).toEqual([]);
    // Nothing changed: the same fingerprint.
    expect((await facts(wg3)).fingerprint).toBe(seen.fingerprint);

    // A member is still writing when the chair presses Approve.
    typeParagraph(owner.doc, wg3, "Still typing this sent");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, wg3)).includes("Still typing this sent"), "typed after the chair looked");
    const versions = (await server().store.versions.list(fx().documentId)).length;
    const transitions = (await server().store.transitions.forSection(wg3)).length;
    const refused = await transition("mag.chair", wg3, { to: "approved", fingerprint: seen.fingerprint, note: "Agreed." });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("section_changed");
    expect(refused.body.error.message).toMatch(/changed since you looked/);
    const details = refused.body.error.details as SectionChangedDetails;
    expect(details.sinceSeen).toMatchObject({ change: "changed", insertedWords: 4, deletedWords: 0 });
    expect(details.sinceSeen!.ops.filter((op) => op.type === "insert").map((op) => op.text.trim())).toEqual(["Still typing this sent"]);
    expect(details.facts.fingerprint).not.toBe(seen.fingerprint);
    expect(details.facts.text).toContain("Still typing this sent");
    expect(details.facts.openThreads).toHaveLength(1);

    // Nothing else changed: not approved, no transition or version, and not locked.
    expect(await status(wg3)).toBe("in_review");
    expect(readOutline(owner.doc).find((s) => s.id === wg3)?.status).toBe("in_review");
    expect((await server().store.versions.list(fx().documentId)).length).toBe(versions);
    expect((await server().store.transitions.forSection(wg3)).length).toBe(transitions);
    typeParagraph(owner.doc, wg3, "ence, now finished.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, wg3)).includes("ence, now finished."), "still editable");
    expect(owner.refusals).toEqual([]);

    // The chair reviews again and approves the new text.
    const again = await facts(wg3);
    const approved = await transition("mag.chair", wg3, { to: "approved", fingerprint: again.fingerprint, note: "Agreed." });
    expect(approved.status).toBe(200);
    expect(approved.body.section.status).toBe("approved");
    await eventually(() => readOutline(owner.doc).find((s) => s.id === wg3)?.status === "approved", "live outline approved");
    expect((await server().store.versions.list(fx().documentId))[0]).toMatchObject({ kind: "approval" });
    typeParagraph(owner.doc, wg3, "Typed after approval.");
    await eventually(() => owner.refusals.length > 0, "locked after approval");
    expect((await facts(wg3)).fingerprint).toBe(again.fingerprint);
    expect((await transition("mag.chair", wg3, { to: "draft" })).status).toBe(200);
  });

  it("never approves a text other than the one checked: typing that races the approval is refused, or refuses it", async () => {
    const wg3 = fx().section("Intersessional work");
    const outcomes = new Set<number>();
    for (let round = 0; round < 4; round++) {
      const owner = await connect("wg3.member");
      expect((await transition("wg3.member", wg3, { to: "in_review" })).status).toBe(200);
      const seen = await facts(wg3);
      // Sent on the socket now, while the approval is on its way over HTTP: either may reach the room first.
      typeParagraph(owner.doc, wg3, `Racing words ${round}.`);
      const answer = await transition("mag.chair", wg3, { to: "approved", fingerprint: seen.fingerprint });
      outcomes.add(answer.status);
      if (answer.status === 200) {
        await eventually(() => owner.refusals.length > 0, "the racing update refused");
        expect(owner.refusals[0]!.reason).toBe("section_approved");
        expect(await liveSectionText(server(), fx().documentId, wg3)).not.toContain(`Racing words ${round}.`);
        expect((await facts(wg3)).fingerprint).toBe(seen.fingerprint);
        expect((await transition("mag.chair", wg3, { to: "draft" })).status).toBe(200);
      } else {
        expect(answer.status).toBe(409);
        expect(answer.body.error.code).toBe("section_changed");
        expect(await status(wg3)).toBe("in_review");
        expect(await liveSectionText(server(), fx().documentId, wg3)).toContain(`Racing words ${round}.`);
        expect((await transition("wg3.member", wg3, { to: "draft" })).status).toBe(200);
      }
      owner.destroy();
    }
    expect([...outcomes].every((s) => s === 200 || s === 409)).toBe(true);
  });

  it("with open suggestions: a changed text is refused before anything is settled; the same text asks what happens to them", async () => {
    const wg5 = fx().section("annual IGF meeting");
    const observer = await fx().cookie("observer");
    const me = await userIdOf(server(), observer);
    expect((await transition("wg5.member", wg5, { to: "in_review" })).status).toBe(200);
    const suggest = async (id: string, words: string) =>
      sendUpdate(server(), fx().documentId, observer, await editorUpdate(server(), fx().documentId, wg5, (doc, tr) => tr.insert(1, doc.type.schema.text(words, [insertionMark(id, me)]))));
    await suggest("approve-open-1", "Seen suggestion. ");

    const seen = await facts(wg5);
    expect(seen.openSuggestions).toEqual([expect.objectContaining({ id: "approve-open-1", kind: "insertion", inserted: "Seen suggestion. ", author: { id: me, name: expect.any(String) } })]);
    const ask = await transition("mag.chair", wg5, { to: "approved", fingerprint: seen.fingerprint });
    expect(ask.status).toBe(409);
    expect(ask.body.error).toMatchObject({ code: "conflict", details: { openSuggestions: 1 } });

    // A suggestion the chair never saw arrives: rejecting "them" must not settle it unseen.
    await suggest("approve-open-2", "Unseen suggestion. ");
    const changed = await transition("mag.chair", wg5, { to: "approved", fingerprint: seen.fingerprint, openSuggestions: "reject" });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe("section_changed");
    const details = changed.body.error.details as SectionChangedDetails;
    expect(details.facts.openSuggestions.map((s) => s.id).sort()).toEqual(["approve-open-1", "approve-open-2"]);
    expect(details.sinceSeen!.ops.filter((op) => op.type === "insert").map((op) => op.text.trim())).toEqual(["Unseen suggestion."]);
    expect((await facts(wg5)).openSuggestions).toHaveLength(2);
    expect(await status(wg5)).toBe("in_review");

    const approved = await transition("mag.chair", wg5, { to: "approved", fingerprint: details.facts.fingerprint, openSuggestions: "reject" });
    expect(approved.status).toBe(200);
    const after = await facts(wg5);
    expect(after.openSuggestions).toEqual([]);
    expect(after.text).not.toMatch(/Seen suggestion|Unseen suggestion/);
    expect((await transition("mag.chair", wg5, { to: "draft" })).status).toBe(200);
  });

  it("answers bad input with a clear error", async () => {
    const wg3 = fx().section("Intersessional work");
    expect((await transition("wg3.member", wg3, { to: "in_review" })).status).toBe(200);
    const { fingerprint } = await facts(wg3);

    const missing = await transition("mag.chair", wg3, { to: "approved" });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toMatch(/fingerprint/);
    for (const bad of [42, null, ["a"], "abc", fingerprint.toUpperCase(), `${fingerprint}0`, "f".repeat(200_000)]) {
      const answer = await transition("mag.chair", wg3, { to: "approved", fingerprint: bad });
      expect([400, 413]).toContain(answer.status);
      expect(answer.body.error.message.length).toBeGreaterThan(10);
    }
    const malformed = await as["mag.chair"]!.request("POST", `${sectionPath(wg3)}/transitions`, { body: '{"to":"approved","fingerprint":', headers: { "content-type": "application/json" } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe("bad_request");
    // A well-formed fingerprint of some other text: refused as a change, with the difference unknown.
    const other = await transition("mag.chair", wg3, { to: "approved", fingerprint: "0".repeat(64) });
    expect(other.status).toBe(409);
    expect(other.body.error.details).toMatchObject({ sinceSeen: null, facts: { fingerprint } });
    // Rights and state first: a member's approval is forbidden whatever it sends; a draft is not approved.
    expect((await transition("wg3.member", wg3, { to: "approved", fingerprint })).status).toBe(403);
    expect(await status(wg3)).toBe("in_review");
    expect((await transition("wg3.member", wg3, { to: "draft" })).status).toBe(200);
    const draft = await transition("mag.chair", wg3, { to: "approved", fingerprint });
    expect(draft.status).toBe(409);
    expect(draft.body.error.message).toMatch(/Only a section in review can be approved/);

    expect((await as["mag.chair"]!.get(`${sectionPath("0".repeat(21))}/approval`)).status).toBe(404);
    expect((await as["mag.chair"]!.get(`${sectionPath("not an id!")}/approval`)).status).toBe(400);
    expect((await createClient(server().url).get(`${sectionPath(wg3)}/approval`)).status).toBe(401);
  });
});

// PostgreSQL lets the test hold an approval exactly between its check and the stored status: a second connection
// locks the section's row, so the approval waits where it writes the status. An update sent then must be refused.
describe("the approval's lock (postgres)", () => {
  const { server, fx, connect } = collabSuite({ backend: "postgres", collab: { flushWindowMs: 5 } });

  it("locks the section in the guard from the check on, before the approval is stored", async () => {
    const wg3 = fx().section("Intersessional work");
    const chair = createClient(server().url);
    chair.setCookie(await fx().cookie("mag.chair"));
    const member = createClient(server().url);
    member.setCookie(await fx().cookie("wg3.member"));
    const path = `/api/documents/${fx().documentId}/sections/${wg3}`;
    expect((await member.post(`${path}/transitions`, { to: "in_review" })).status).toBe(200);
    const owner = await connect("wg3.member");
    const seen = (await chair.get(`${path}/approval`)).body.approval as ApprovalFacts;

    const blocker = new pg.Client({ connectionString: server().databaseUrl });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("SELECT id FROM sections WHERE id = $1 FOR UPDATE", [wg3]);
      const approving = chair.post(`${path}/transitions`, { to: "approved", fingerprint: seen.fingerprint });
      await eventually(async () => {
        const waiting = await blocker.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        // Inside a transaction the activity view is a snapshot taken once: take a fresh one each time.
        await blocker.query("SELECT pg_stat_clear_snapshot()");
        return waiting.rows[0]!.n > 0;
      }, "the approval waits on the section's row");
      // Checked, not yet stored: the text is already locked.
      typeParagraph(owner.doc, wg3, "Slipped in while the approval was stored.");
      await eventually(() => owner.refusals.length > 0, "refused while approving");
      expect(owner.refusals[0]!.reason).toBe("section_approved");
      await blocker.query("ROLLBACK");
      expect((await approving).status).toBe(200);
    } finally {
      await blocker.end();
    }
    expect(await liveSectionText(server(), fx().documentId, wg3)).not.toContain("Slipped in");
    expect((await chair.get(`${path}/approval`)).body.approval.fingerprint).toBe(seen.fingerprint);
  });
});
