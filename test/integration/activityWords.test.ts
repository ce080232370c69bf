import { beforeAll, describe, expect, it } from "vitest";
import * as decoding from "lib0/decoding";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { eventually, typeParagraph } from "../helpers/collab";
import { anchorIn } from "../helpers/anchors";
import { approveSection } from "../helpers/approve";
import { MESSAGE_ACTIVITY } from "../../shared/collab/protocol";

interface Item {
  key: string;
  sentence: string;
  sectionId: string | null;
  actor: { id: string; name: string } | null;
}

/** An action code (section.in_review, share_link.create) or a raw id (ours are 20+ letters and digits). */
const CODE_OR_ID = /\b[a-z]+\.[a-z_]+\b|\b[a-z]+_[a-z_]+\b|\b[0-9a-z]{20,}\b/;

// A document's activity in words: members read what happened to the text (sections, reviews, comments, amendments,
// suggestions, versions), admins also what concerns sharing; every entry a sentence with names and titles; and the
// people who have the document open hear of each new entry over the document's socket.
describe("document activity in words, split by audience, live", () => {
  const { server, fx, connect } = collabSuite({ collab: { flushWindowMs: 5 } });
  const as: Record<string, TestClient> = {};
  const api = (local: string) => as[local]!;
  const base = () => `/api/documents/${fx().documentId}`;
  const activity = async (local: string): Promise<Item[]> => {
    const response = await api(local).get(`${base()}/activity`);
    expect(response.status).toBe(200);
    return response.body.items as Item[];
  };

  beforeAll(async () => {
    for (const local of ["secretariat", "mag.chair", "wg1.member", "wg2.member", "observer"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  it("says each action with names and section titles, never a code or an id; members do not see sharing, admins do", async () => {
    const funding = fx().section("Sustainable funding");
    const member = await connect("wg1.member");
    typeParagraph(member.doc, funding, "A sentence typed by Amara.");
    // The demo has it in review already.
    expect((await api("mag.chair").post(`${base()}/sections/${funding}/transitions`, { to: "changes_requested", note: "Shorter, please." })).status).toBe(200);
    expect((await api("wg1.member").post(`${base()}/sections/${funding}/transitions`, { to: "in_review", note: "Ready." })).status).toBe(200);
    const { anchor, text } = await anchorIn(server(), fx().documentId, funding, 0, 20);
    const thread = await api("wg2.member").post(`${base()}/threads`, { sectionId: funding, anchor, quote: text, body: "Is this agreed language?" });
    expect(thread.status).toBe(201);
    expect((await api("wg1.member").post(`${base()}/threads/${thread.body.thread.id}/comments`, { body: "Yes, from the 2025 resolution." })).status).toBe(201);
    expect((await api("wg2.member").post(`${base()}/amendments`, { sectionId: funding, anchor, originalText: text, proposedText: "Other words", reason: "Clearer." })).status).toBe(201);
    expect((await api("mag.chair").post(`${base()}/versions`, { label: "Before the retreat" })).status).toBe(201);
    // A final submission wants every section approved.
    for (const section of (await api("mag.chair").get(base())).body.document.sections as { id: string; status: string }[]) {
      if (section.status === "approved") continue;
      if (section.status !== "in_review") expect((await api("mag.chair").post(`${base()}/sections/${section.id}/transitions`, { to: "in_review" })).status).toBe(200);
      expect((await approveSection(api("mag.chair"), fx().documentId, section.id)).status).toBe(200);
    }
    const submission = await api("mag.chair").post(`${base()}/submissions`, { note: "" });
    expect(submission.status).toBe(201);
    expect((await api("mag.chair").post(`${base()}/submissions/${submission.body.submission.id}/share-links`, { label: "Co-facilitators" })).status).toBe(201);

    const number = (await api("observer").get(`/api/documents/${fx().documentId}`)).body.document.sections.findIndex((s: { id: string }) => s.id === funding) + 1;
    const where = `${number}. Sustainable funding`;
    await eventually(async () => (await activity("wg2.member")).some((item) => item.sentence.startsWith("Amara Okafor edited")), "edits counted");

    for (const local of ["wg2.member", "observer", "secretariat"]) {
      const items = await activity(local);
      const sentences = items.map((item) => item.sentence);
      expect(sentences, local).toEqual(
        expect.arrayContaining([
          `Amara Okafor submitted ${where} for review: “Ready”.`,
          `Nadia Haddad (MAG Chair) requested changes to ${where}: “Shorter, please”.`,
          `Ravi Menon commented on ${where}.`,
          `Amara Okafor replied to a comment on ${where}.`,
          `Ravi Menon proposed an amendment to ${where}.`,
          `Nadia Haddad (MAG Chair) approved ${where}.`,
          "Nadia Haddad (MAG Chair) saved the version “Before the retreat”.",
          expect.stringMatching(/^Nadia Haddad \(MAG Chair\) made final submission \d+ of the document/),
          expect.stringMatching(new RegExp(`^Amara Okafor edited ${where} \\(\\d+ changes?\\)\\.$`)),
        ]),
      );
      for (const sentence of sentences) expect(sentence, local).not.toMatch(CODE_OR_ID);
      expect(new Set(items.map((item) => item.key)).size, "keys are unique").toBe(items.length);
      const sharing = sentences.filter((sentence) => sentence.includes("share link"));
      if (local === "secretariat") expect(sharing).toEqual([expect.stringMatching(/^Nadia Haddad \(MAG Chair\) made a share link “Co-facilitators” for submission \d+\.$/)]);
      else expect(sharing, `${local} reads no sharing`).toEqual([]);
    }
  });

  it("says the audit log in words too, with the same sentences, and as a column of its CSV", async () => {
    const entries = (await api("secretariat").get(`/api/audit?documentId=${fx().documentId}`)).body.entries as { action: string; sentence: string }[];
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) {
      expect(entry.sentence).toMatch(/^[A-Z“].*\.$/);
      expect(entry.sentence).not.toMatch(CODE_OR_ID);
    }
    expect(entries.find((entry) => entry.action === "share_link.create")?.sentence).toMatch(/made a share link “Co-facilitators”/);
    const csv = await api("secretariat").request("GET", `/api/audit?action=section.&documentId=${fx().documentId}&format=csv`);
    const lines = (csv.body as string).split("\r\n");
    expect(lines[0]).toBe("time,actor,email,what,action,target,document,detail");
    expect(lines.some((line) => /Nadia Haddad \(MAG Chair\) requested changes to \d+\. Sustainable funding: “Shorter/.test(line))).toBe(true);
  });

  it("tells everyone with the document open that the activity changed, and whether members may read it", async () => {
    const reader = await connect("wg2.member");
    const heard: string[] = [];
    reader.provider.messageHandlers[MESSAGE_ACTIVITY] = (_encoder, decoder) => {
      heard.push(decoding.readVarString(decoder));
    };
    const funding = fx().section("Sustainable funding");
    const { anchor, text } = await anchorIn(server(), fx().documentId, funding, 0, 10);
    expect((await api("observer").post(`${base()}/threads`, { sectionId: funding, anchor, quote: text, body: "A question." })).status).toBe(201);
    await eventually(() => heard.includes("editorial"), "an editorial entry is announced");
    const latest = (await api("mag.chair").get(`${base()}/submissions`)).body.submissions[0];
    expect((await api("mag.chair").post(`${base()}/submissions/${latest.id}/share-links`, { label: "Rapporteur" })).status).toBe(201);
    await eventually(() => heard.includes("admin"), "a sharing entry is announced as the admins'");
    expect(heard).toEqual(["editorial", "admin"]);
  });

  it("answers a malformed document id with a clear error", async () => {
    const response = await api("wg2.member").get("/api/documents/not%20an%20id!/activity");
    expect(response.status).toBe(400);
    expect(response.body.error.message).toEqual(expect.any(String));
    expect((await api("wg2.member").get(`/api/documents/${"a".repeat(24)}/activity`)).status).toBe(404);
  });
});

describe("the audit log, live for admins", () => {
  const { server } = collabSuite({ collab: { flushWindowMs: 5 } });

  it("streams an event for each committed entry to admins only, and ends when the reader goes", async () => {
    const admin = createClient(server().url);
    await admin.loginAs("secretariat");
    const member = createClient(server().url);
    await member.loginAs("wg2.member");
    expect((await member.get("/api/audit/live")).status).toBe(403);

    const reading = new AbortController();
    const response = await fetch(new URL("/api/audit/live", server().url), { headers: { cookie: admin.cookie! }, signal: reading.signal });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/text\/event-stream/);
    const reader = response.body!.getReader();
    let received = "";
    const readUntil = async (wanted: RegExp) => {
      while (!wanted.test(received)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`the stream ended before ${wanted}`);
        received += new TextDecoder().decode(value);
      }
    };
    await readUntil(/still here/);
    expect((await admin.post("/api/groups", { slug: "wg9", name: "WG9 Live audit" })).status).toBe(201);
    await readUntil(/event: audit\ndata: admin\n\n/);
    reading.abort();
  });
});
