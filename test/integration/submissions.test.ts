import { beforeAll, describe, expect, it } from "vitest";
import { createHash } from "node:crypto";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { connectProvider, eventually, typeParagraph } from "../helpers/collab";
import { liveSectionText } from "../helpers/anchors";
import { approveSection } from "../helpers/approve";

const sha = (bytes: ArrayBuffer) => createHash("sha256").update(Buffer.from(bytes)).digest("hex");

describe("the final submission and share links", () => {
  const { server, fx } = collabSuite({ collab: { flushWindowMs: 5 } });
  const as: Record<string, TestClient> = {};
  const api = (local: string) => as[local]!;
  const base = () => `/api/documents/${fx().documentId}`;

  async function approveAll() {
    const sections = (await api("mag.chair").get(base())).body.document.sections as { id: string; status: string }[];
    for (const section of sections) {
      if (section.status === "approved") continue;
      if (section.status !== "in_review") expect((await api("mag.chair").post(`${base()}/sections/${section.id}/transitions`, { to: "in_review" })).status).toBe(200);
      expect((await approveSection(api("mag.chair"), fx().documentId, section.id)).status).toBe(200);
    }
  }

  async function download(client: TestClient, url: string) {
    const response = await fetch(new URL(url, server().url), { headers: client.cookie ? { cookie: client.cookie } : {} });
    return { status: response.status, headers: response.headers, body: await response.arrayBuffer() };
  }

  beforeAll(async () => {
    for (const local of ["secretariat", "mag.chair", "wg1.member", "observer"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  it("is refused until every section is approved, and only chairs submit", async () => {
    const early = await api("mag.chair").post(`${base()}/submissions`, {});
    expect(early.status).toBe(409);
    expect(early.body.error.message).toMatch(/Every section must be approved first/);
    expect(early.body.error.details.notApproved.length).toBeGreaterThan(0);
    expect((await api("wg1.member").post(`${base()}/submissions`, {})).status).toBe(403);
    expect((await api("secretariat").post(`${base()}/submissions`, {})).status).toBe(403);
  });

  it("freezes a version, stores DOCX and PDF with their SHA-256, and lists contributors by group", async () => {
    const funding = fx().section("Sustainable funding");
    const writer = connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId);
    await writer.synced;
    typeParagraph(writer.doc, funding, "Contributed by WG1 before approval.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes("Contributed by WG1"), "edit stored");
    writer.destroy();
    await approveAll();

    const created = await api("mag.chair").post(`${base()}/submissions`, { note: "Joint response as agreed on 25 November." });
    expect(created.status).toBe(201);
    const submission = created.body.submission;
    expect(submission).toMatchObject({ number: 1, note: "Joint response as agreed on 25 November.", changeSummary: null, submittedBy: { name: "Nadia Haddad (MAG Chair)" } });
    expect(submission.files.map((f: { format: string }) => f.format).sort()).toEqual(["docx", "pdf"]);
    expect(submission.contributors).toEqual(
      expect.arrayContaining([
        { group: { slug: "wg1", name: "WG1 Funding strategy" }, sections: ["Sustainable funding"], people: ["Amara Okafor"], contributions: [{ name: "Amara Okafor", did: ["wrote"] }] },
      ]),
    );

    for (const file of submission.files) {
      const got = await download(api("observer"), file.url);
      expect(got.status).toBe(200);
      expect(sha(got.body)).toBe(file.sha256);
      expect(got.headers.get("x-content-sha256")).toBe(file.sha256);
      expect(got.body.byteLength).toBe(file.size);
    }
    const pdf = await download(api("observer"), submission.files.find((f: { format: string }) => f.format === "pdf").url);
    expect(Buffer.from(pdf.body).subarray(0, 5).toString()).toBe("%PDF-");
    const docx = await download(api("observer"), submission.files.find((f: { format: string }) => f.format === "docx").url);
    expect(Buffer.from(docx.body).subarray(0, 2).toString()).toBe("PK");

    const versions = (await api("observer").get(`${base()}/versions`)).body.versions;
    expect(versions.find((v: { id: string }) => v.id === submission.versionId)).toMatchObject({ kind: "submission", label: "Submission 1" });
  });

  it("summarises the changes against the previous submission", async () => {
    const funding = fx().section("Sustainable funding");
    expect((await api("mag.chair").post(`${base()}/sections/${funding}/transitions`, { to: "draft", note: "One more sentence." })).status).toBe(200);
    const writer = connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId);
    await writer.synced;
    typeParagraph(writer.doc, funding, "A second submission adds these six words.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes("second submission"), "edit stored");
    writer.destroy();
    await approveAll();
    const second = (await api("mag.chair").post(`${base()}/submissions`, {})).body.submission;
    expect(second.number).toBe(2);
    expect(second.changeSummary.against.number).toBe(1);
    expect(second.changeSummary.sections).toEqual([{ title: "Sustainable funding", change: "changed", insertedWords: 7, deletedWords: 0 }]);
    const listed = (await api("observer").get(`${base()}/submissions`)).body.submissions;
    expect(listed.map((s: { number: number }) => s.number)).toEqual([2, 1]);
  });

  it("shares a submission read-only without an account, until the link is revoked", async () => {
    const [latest] = (await api("mag.chair").get(`${base()}/submissions`)).body.submissions;
    expect((await api("wg1.member").post(`${base()}/submissions/${latest.id}/share-links`, {})).status).toBe(403);
    const created = await api("mag.chair").post(`${base()}/submissions/${latest.id}/share-links`, { label: "Co-facilitators" });
    expect(created.status).toBe(201);
    const url: string = created.body.link.url;
    const token = url.split("/share/")[1]!;
    expect(JSON.stringify(await api("mag.chair").get(`${base()}/submissions`))).not.toContain(token);

    const stranger = createClient(server().url);
    const shared = await stranger.get(`/api/share/${token}`);
    expect(shared.status).toBe(200);
    expect(shared.body.submission).toMatchObject({ documentTitle: "Joint MAG–LP response to the WSIS+20 Elements Paper", number: latest.number });
    for (const file of shared.body.submission.files) {
      const got = await download(stranger, file.url);
      expect(got.status).toBe(200);
      expect(sha(got.body)).toBe(file.sha256);
    }
    // The share link opens this submission only: nothing else of the API.
    stranger.setCookie(null);
    expect((await stranger.get(base())).status).toBe(401);

    expect((await api("mag.chair").delete(`${base()}/submissions/${latest.id}/share-links/${created.body.link.id}`)).status).toBe(200);
    const revoked = await stranger.get(`/api/share/${token}`);
    expect(revoked.status).toBe(404);
    expect(revoked.body.error.message).toMatch(/revoked/);
    expect((await download(stranger, `/api/share/${token}/files/pdf`)).status).toBe(404);
    expect((await stranger.get(`/api/share/${"a".repeat(40)}`)).status).toBe(404);
    expect((await stranger.get(`/api/share/short`)).status).toBe(400);
  });

  it("revokes a share link only through its own submission, and audits that one", async () => {
    const [latest, earlier] = (await api("mag.chair").get(`${base()}/submissions`)).body.submissions;
    const created = (await api("mag.chair").post(`${base()}/submissions/${latest.id}/share-links`, { label: "Rapporteur" })).body.link;
    const token = created.url.split("/share/")[1]!;
    const auditBefore = (await server().store.audit.search({ action: "share_link.revoke", limit: 100 })).length;

    const wrongPath = await api("mag.chair").delete(`${base()}/submissions/${earlier.id}/share-links/${created.id}`);
    expect(wrongPath.status).toBe(404);
    expect(wrongPath.body.error.message).toMatch(/share link was not found/);
    expect((await createClient(server().url).get(`/api/share/${token}`)).status).toBe(200);
    expect(await server().store.audit.search({ action: "share_link.revoke", limit: 100 })).toHaveLength(auditBefore);

    expect((await api("mag.chair").delete(`${base()}/submissions/${latest.id}/share-links/${created.id}`)).status).toBe(200);
    const [entry] = await server().store.audit.search({ action: "share_link.revoke", limit: 1 });
    expect(entry).toMatchObject({ target: created.id });
    expect(JSON.parse(entry!.detail)).toMatchObject({ submissionId: latest.id, label: "Rapporteur" });
    const again = await api("mag.chair").delete(`${base()}/submissions/${latest.id}/share-links/${created.id}`);
    expect(again.status).toBe(409);
    expect(again.body.error.message).toMatch(/already revoked/);
  });
});
