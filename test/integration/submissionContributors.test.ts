import { beforeAll, describe, expect, it } from "vitest";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { connectProvider, eventually, typeParagraph } from "../helpers/collab";
import { anchorIn, liveSectionText } from "../helpers/anchors";
import { editorUpdate, insertionMark, sendUpdate, userIdOf } from "../helpers/suggest";
import { pdfText, readDocx, squash } from "../fixtures/exportReaders";
import { newId } from "../../server/store/ids";
import { approveSection } from "../helpers/approve";

// The contributors of a final submission: every group that owns a section (even one nobody in it typed in), and
// everyone who wrote, suggested, commented or proposed amendments, under their groups or their role; the same list
// in the API's answer and on the PDF's and DOCX's contributors page.

interface Entry {
  group: { slug: string; name: string } | null;
  role?: string;
  sections?: string[];
  people: string[];
  contributions?: { name: string; did: string[] }[];
}

describe("the contributors of a final submission", () => {
  const { server, fx } = collabSuite({ collab: { flushWindowMs: 5 } });
  const as: Record<string, TestClient> = {};
  const api = (local: string) => as[local]!;
  const base = () => `/api/documents/${fx().documentId}`;

  async function download(client: TestClient, url: string): Promise<Uint8Array> {
    const response = await fetch(new URL(url, server().url), { headers: client.cookie ? { cookie: client.cookie } : {} });
    expect(response.status).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  }

  beforeAll(async () => {
    for (const local of ["mag.chair", "wg2.member", "observer"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  it("names every owner group, and commenters and suggesters under their groups or role, in the API and the files", async () => {
    // WG1 writes in its section.
    const funding = fx().section("Sustainable funding");
    const writer = connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId);
    await writer.synced;
    typeParagraph(writer.doc, funding, "Written by WG1 before approval.");
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes("Written by WG1"), "edit stored");
    writer.destroy();

    // A WG2 member only comments, on WG3's section.
    const intersessional = fx().section("Intersessional work");
    const onText = await anchorIn(server(), fx().documentId, intersessional, 0, 12);
    expect((await api("wg2.member").post(`${base()}/threads`, { sectionId: intersessional, anchor: onText.anchor, quote: onText.text, body: "NRIs should be named here." })).status).toBe(201);

    // The observer only suggests, in WG5's section; the chair rejects it when approving.
    const meeting = fx().section("The annual IGF meeting");
    const observerCookie = await fx().cookie("observer");
    const observerId = await userIdOf(server(), observerCookie);
    const update = await editorUpdate(server(), fx().documentId, meeting, (doc, tr) => {
      tr.insert(1 + doc.firstChild!.content.size, doc.type.schema.text(" in every region", [insertionMark("contrib-1", observerId)]));
    });
    await sendUpdate(server(), fx().documentId, observerCookie, update);

    // WG4 owns "Institutional structure…" and nobody in it does anything.
    const sections = (await api("mag.chair").get(base())).body.document.sections as { id: string; title: string; status: string }[];
    for (const section of sections) {
      if (section.status === "approved") continue;
      if (section.status !== "in_review") expect((await api("mag.chair").post(`${base()}/sections/${section.id}/transitions`, { to: "in_review" })).status).toBe(200);
      expect((await approveSection(api("mag.chair"), fx().documentId, section.id, { openSuggestions: "reject" })).status).toBe(200);
    }
    const created = await api("mag.chair").post(`${base()}/submissions`, {});
    expect(created.status).toBe(201);
    const contributors = created.body.submission.contributors as Entry[];

    // Groups in the outline order of their first section, then people outside any group by role.
    expect(contributors.map((e) => e.group?.slug ?? e.role)).toEqual(["strategy", "wg4", "wg1", "wg2", "wg3", "wg5", "observer"]);
    const bySlug = (slug: string) => contributors.find((e) => e.group?.slug === slug)!;
    expect(bySlug("wg4")).toEqual({ group: { slug: "wg4", name: "WG4 IGF institutional structure recommendations" }, sections: ["Institutional structure and the MAG–LP relationship"], people: [], contributions: [] });
    expect(bySlug("wg1")).toMatchObject({ sections: ["Sustainable funding"], people: ["Amara Okafor"], contributions: [{ name: "Amara Okafor", did: ["wrote"] }] });
    expect(bySlug("wg2")).toMatchObject({ sections: ["National, Regional and Youth IGF initiatives"], people: ["Ravi Menon"], contributions: [{ name: "Ravi Menon", did: ["commented"] }] });
    expect(bySlug("wg3")).toMatchObject({ sections: ["Intersessional work"], people: [] });
    expect(bySlug("wg5")).toMatchObject({ sections: ["The annual IGF meeting", "Accessibility and inclusion"], people: [] });
    expect(contributors.at(-1)).toEqual({ group: null, role: "observer", people: ["Jonas Berg (NRI observer)"], contributions: [{ name: "Jonas Berg (NRI observer)", did: ["suggested"] }] });

    // The same list, in the same order, listed again by the API and printed on the PDF's contributors page.
    const listed = (await api("observer").get(`${base()}/submissions`)).body.submissions[0];
    expect(listed.contributors).toEqual(contributors);
    const files = created.body.submission.files as { format: string; url: string }[];
    const pdf = squash(pdfText(await download(api("observer"), files.find((f) => f.format === "pdf")!.url)));
    expect(pdf).toContain("Prepared with contributions from MAG Working Group on Strategy, WG4 IGF institutional structure recommendations, WG1 Funding strategy, WG2 NRI engagement & support, WG3 Intersessional work model review and WG5 IGF Event Evolution.");
    const page = pdf.slice(pdf.indexOf("Contributors"));
    const order = [
      "WG4 IGF institutional structure recommendations Section: Institutional structure and the MAG–LP relationship No individual contributions recorded.",
      "WG1 Funding strategy Section: Sustainable funding Amara Okafor (wrote).",
      "WG2 NRI engagement & support Section: National, Regional and Youth IGF initiatives Ravi Menon (commented).",
      "WG3 Intersessional work model review Section: Intersessional work No individual contributions recorded.",
      "WG5 IGF Event Evolution Sections: The annual IGF meeting; Accessibility and inclusion",
      "Observers Jonas Berg (NRI observer) (suggested).",
    ];
    for (const line of order) expect(page).toContain(line);
    const at = order.map((line) => page.indexOf(line));
    expect([...at].sort((a, b) => a - b)).toEqual(at);

    const docx = readDocx(await download(api("observer"), files.find((f) => f.format === "docx")!.url)).paragraphs.map((p) => p.text);
    const from = docx.indexOf("Contributors");
    expect(docx.slice(from, from + 4)).toEqual(["Contributors", "MAG Working Group on Strategy", "Sections: Introduction; The IGF’s mandate and permanence; Conclusion", "No individual contributions recorded."]);
    expect(docx).toContain("Ravi Menon (commented).");
    expect(docx).toContain("Jonas Berg (NRI observer) (suggested).");
  });

  it("still reads the contributors of a submission stored before groups' sections and contributions were recorded", async () => {
    const version = (await api("observer").get(`${base()}/versions`)).body.versions[0] as { id: string };
    const chairId = await userIdOf(server(), await fx().cookie("mag.chair"));
    const number = await server().deps.store.submissions.nextNumber(fx().documentId);
    const old = [
      { group: { slug: "wg1", name: "WG1 Funding strategy" }, people: ["Amara Okafor"] },
      { group: null, people: ["IGF Secretariat"] },
    ];
    await server().deps.store.submissions.insert(
      { id: newId(), document_id: fx().documentId, number, version_id: version.id, submitted_by: chairId, submitted_at: Date.now(), note: "", contributors: JSON.stringify(old), change_summary: null, base_version_id: null },
      [],
    );
    const listed = (await api("observer").get(`${base()}/submissions`)).body.submissions as { number: number; contributors: Entry[] }[];
    expect(listed.find((s) => s.number === number)!.contributors).toEqual(old);
  });
});
