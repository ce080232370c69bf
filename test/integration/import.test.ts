import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { BACKENDS, startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";
import { connectProvider } from "../helpers/collab";
import { marksOn, upload, type Upload } from "../helpers/importUpload";
import { ELEMENTS_PAPER, elementsPaperDocx } from "../fixtures/import/elementsPaper";
import { readSection, sectionRootName } from "../../shared/editor/content";
import { schema } from "../../shared/editor/schema";
import { importDocx } from "../../server/import/docx";

const SECTION_A_BLOCKS = [
  { type: "paragraph", text: expect.stringMatching(/^We reaffirm the WSIS vision of a people-centred, inclusive and development-oriented.* IGF website\. \[Geneva Declaration .*A\/RES\/70\/125\.\]$/) },
  { type: "heading", level: 2, text: "Context" },
  { type: "paragraph", text: `Twenty years after Tunis, the digital divide persists. [${ELEMENTS_PAPER.notes.divide}]` },
  { type: "paragraph", text: "The Internet is a global facility available to the public." },
  { type: "heading", level: 3, text: "Tunis Agenda" },
  { type: "heading", level: 3, text: "Paragraph 72" },
];

describe.each(BACKENDS)("importing a Word document (%s)", (backend) => {
  let server: TestServer;
  let admin: TestClient;
  let paper: Uint8Array;
  let imported: Upload;

  beforeAll(async () => {
    server = await startTestServer({ backend });
    admin = createClient(server.url);
    await admin.loginAs("secretariat");
    paper = await elementsPaperDocx();
    imported = await upload(server, admin.cookie, paper, { query: "?filename=Elements%20Paper.docx" });
  });
  afterAll(() => server?.close());

  it("creates the document: title from the Title, a section per Heading 1, the preface as Introduction", () => {
    expect(imported.status, JSON.stringify(imported.body)).toBe(201);
    const { document } = imported.body;
    expect(document.title).toBe(ELEMENTS_PAPER.title);
    expect(document.description).toBe("Imported from Elements Paper.docx");
    expect(document.sections.map((s: { title: string }) => s.title)).toEqual(ELEMENTS_PAPER.sections);
    // Every section starts with the default owner; the admin assigns the rest.
    expect(document.sections.every((s: { ownerGroup: { slug: string } }) => s.ownerGroup.slug === "strategy")).toBe(true);
    expect(imported.body.import).toEqual({ sections: 4, warnings: [] });
    // The same shape as POST /api/documents: content as plain blocks.
    expect(document.sections[1].content).toEqual(SECTION_A_BLOCKS);
    expect(document.sections[3].content).toEqual([
      { type: "paragraph", text: "Action line | Lead" },
      { type: "paragraph", text: "C1 Role of governments | ECOSOC" },
      { type: "paragraph", text: `C11 International cooperation | UN DESA [${ELEMENTS_PAPER.notes.desa}]` },
      { type: "paragraph", text: "The review concludes in 2025." },
    ]);
  });

  it("puts exactly the converted text into the live document, as the stock y-websocket client sees it", async () => {
    const expected = importDocx(paper).sections;
    const client = connectProvider(server.url, admin.cookie!, imported.body.document.id);
    try {
      await client.synced;
      const sections = imported.body.document.sections as { id: string }[];
      const live = sections.map((s) => readSection(client.doc.getXmlFragment(sectionRootName(s.id))));
      live.forEach((doc, i) => {
        doc.check();
        expect(doc.toJSON()).toEqual(schema.nodeFromJSON(expected[i]!.content!).toJSON());
      });
      const [intro, preamble, forum, review] = live as [ProseMirrorNode, ProseMirrorNode, ProseMirrorNode, ProseMirrorNode];
      expect(intro.textContent).toBe("Zero draft prepared by the co-facilitators for consultation.");

      expect(marksOn(preamble, "WSIS vision")).toEqual(["bold"]);
      expect(marksOn(preamble, "people-centred")).toEqual(["italic"]);
      expect(marksOn(preamble, "inclusive")).toEqual(["underline"]);
      expect(marksOn(preamble, "development-oriented")).toEqual(["strike"]);
      expect(marksOn(preamble, "IGF website")).toEqual([`link:${ELEMENTS_PAPER.link}`]);
      expect(preamble.content.content.map((n) => (n.type.name === "heading" ? `h${n.attrs.level}` : n.type.name))).toEqual([
        "paragraph", "h2", "paragraph", "blockquote", "h3", "h3",
      ]);
      expect(preamble.child(3).textContent).toBe("The Internet is a global facility available to the public.");
      // Each note where its reference stood: after the sentence's full stop, the endnote too.
      const vision = preamble.child(0);
      expect([vision.lastChild!.type.name, vision.lastChild!.attrs.text]).toEqual(["footnote", ELEMENTS_PAPER.notes.vision]);
      expect(vision.child(vision.childCount - 2).text).toBe(".");
      expect(preamble.child(2).toJSON().content).toEqual([
        { type: "text", text: "Twenty years after Tunis, the digital divide persists." },
        { type: "footnote", attrs: { text: ELEMENTS_PAPER.notes.divide } },
      ]);

      const [lead, bullets, priorities, numbers] = forum.content.content as [ProseMirrorNode, ProseMirrorNode, ProseMirrorNode, ProseMirrorNode];
      expect([lead.type.name, bullets.type.name, priorities.type.name, numbers.type.name]).toEqual(["paragraph", "bulletList", "paragraph", "orderedList"]);
      expect(bullets.childCount).toBe(2);
      const nested = bullets.child(0).child(1);
      expect(nested.type.name).toBe("bulletList");
      expect(nested.textContent).toBe("with predictable funding");
      expect(bullets.child(1).textContent).toBe("A stronger intersessional programme");
      expect(bullets.child(0).child(0).toJSON().content).toEqual([
        { type: "text", text: "A permanent mandate" },
        { type: "footnote", attrs: { text: ELEMENTS_PAPER.notes.mandate } },
      ]);
      expect(numbers.attrs.start).toBe(1);
      expect(numbers.content.content.map((item) => item.textContent)).toEqual(["Meaningful participation", "Tangible outputs", "Links with the UN system"]);

      const table = review.child(0);
      expect(table.type.name).toBe("table");
      const cells = table.content.content.map((row) => row.content.content.map((cell) => `${cell.type.name}:${cell.textContent}`));
      expect(cells).toEqual([
        ["tableHeader:Action line", "tableHeader:Lead"],
        ["tableCell:C1 Role of governments", "tableCell:ECOSOC"],
        ["tableCell:C11 International cooperation", `tableCell:UN DESA [${ELEMENTS_PAPER.notes.desa}]`],
      ]);
      expect(client.refusals).toEqual([]);
    } finally {
      client.destroy();
    }
  });

  it("lets the admin assign the owners afterwards, and the owners may then write", async () => {
    const { id, sections } = imported.body.document as { id: string; sections: { id: string }[] };
    const owners = ["strategy", "wg1", "wg4", "wg3"];
    for (const [i, section] of sections.entries()) {
      const patched = await admin.patch(`/api/documents/${id}/sections/${section.id}`, { ownerGroup: owners[i] });
      expect(patched.status).toBe(200);
    }
    const detail = await admin.get(`/api/documents/${id}`);
    expect(detail.body.document.sections.map((s: { ownerGroup: { slug: string } }) => s.ownerGroup.slug)).toEqual(owners);
    const member = createClient(server.url);
    await member.loginAs("wg1.member");
    const seen = await member.get(`/api/documents/${id}`);
    expect(seen.body.document.sections.map((s: { editable: boolean }) => s.editable)).toEqual([false, true, false, false]);
  });
});
