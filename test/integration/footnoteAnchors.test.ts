import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as Y from "yjs";
import { absolutePositionToRelativePosition, initProseMirrorDoc } from "@tiptap/y-tiptap";
import { startTestServer, type TestServer } from "../helpers/server";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient, type TestClient } from "../helpers/http";
import { connectProvider, eventually, type ProviderClient } from "../helpers/collab";
import { schema } from "../../shared/editor/schema";
import { encodePosition } from "../../server/collab/ranges";

// Comments and amendments on text that holds footnotes, anchored as the editor anchors a selection: y-tiptap's
// own mapping from editor positions, which names the paragraph (not a text) for a place just after a footnote
// that ends it.

describe("comments and amendments around footnotes", () => {
  let server: TestServer;
  let fx: Fixture;
  let editor: ProviderClient;
  const as: Record<string, TestClient> = {};
  const base = () => `/api/documents/${fx.documentId}`;

  beforeAll(async () => {
    server = await startTestServer({ collab: { flushWindowMs: 5 } });
    fx = await openFixture(server);
    for (const local of ["wg1.member", "observer"]) {
      as[local] = createClient(server.url);
      await as[local].loginAs(local);
    }
    editor = connectProvider(server.url, await fx.cookie("wg1.member"), fx.documentId);
    await editor.synced;
  });
  afterAll(() => {
    editor?.destroy();
    return server?.close();
  });

  const note = (text: string) => {
    const element = new Y.XmlElement("footnote");
    element.setAttribute("text", text);
    return element;
  };

  /** Appends a paragraph as the editor writes one, and waits until the server has it. */
  async function write(sectionId: string, ...children: (string | Y.XmlElement)[]): Promise<void> {
    const paragraph = new Y.XmlElement("paragraph");
    paragraph.insert(0, children.map((child) => (typeof child === "string" ? new Y.XmlText(child) : child)));
    const fragment = editor.doc.getXmlFragment(`section:${sectionId}`);
    fragment.insert(fragment.length, [paragraph]);
    const marker = children.find((child): child is string => typeof child === "string")!;
    await eventually(async () => {
      const stored = await server.deps.rooms.withRoom(fx.documentId, (room) => room.doc.getXmlFragment(`section:${sectionId}`).toJSON());
      return stored.includes(marker);
    }, "paragraph stored");
  }

  /** The whole of the last paragraph as the editor selects it: its anchor, and the text the editor shows. */
  function selectLastParagraph(sectionId: string) {
    const fragment = editor.doc.getXmlFragment(`section:${sectionId}`);
    const { doc, meta } = initProseMirrorDoc(fragment, schema);
    const to = doc.content.size - 1;
    const from = to - doc.lastChild!.content.size;
    const rel = (pos: number) => encodePosition(absolutePositionToRelativePosition(pos, fragment, meta.mapping as never) as Y.RelativePosition);
    return { anchor: { start: rel(from), end: rel(to) }, text: doc.textBetween(from, to, "\n") };
  }

  it("anchors a comment on a sentence whose footnote ends the paragraph", async () => {
    const funding = fx.section("Sustainable funding");
    await write(funding, "A pledging conference should be convened.", note("As in the 2016 review."));
    const { anchor, text } = selectLastParagraph(funding);
    expect(text).toBe("A pledging conference should be convened. [As in the 2016 review.]");
    const created = await as.observer!.post(`${base()}/threads`, { sectionId: funding, anchor, quote: text, body: "Which review?" });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body.thread.detached).toBe(false);
  });

  it("accepts an amendment over a footnote: the note stays where the proposal keeps it", async () => {
    const funding = fx.section("Sustainable funding");
    await write(funding, "Voluntary contributions", note("OECD figures."), " have fallen.");
    const { anchor, text } = selectLastParagraph(funding);
    expect(text).toBe("Voluntary contributions [OECD figures.] have fallen.");
    const proposal = await as.observer!.post(`${base()}/amendments`, {
      sectionId: funding,
      anchor,
      originalText: text,
      proposedText: "Voluntary contributions [OECD figures.] have fallen by a third.",
      reason: "Be precise.",
    });
    expect(proposal.status, JSON.stringify(proposal.body)).toBe(201);
    // The server reads the range as the editor showed it: nothing changed since.
    expect(proposal.body.amendment).toMatchObject({ currentText: text, changedSince: false });

    const accepted = await as["wg1.member"]!.post(`${base()}/amendments/${proposal.body.amendment.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const lastParagraph = () => (editor.doc.getXmlFragment(`section:${funding}`).toArray().at(-1) as Y.XmlElement).toJSON();
    await eventually(() => lastParagraph().includes("by a third"), "the editor sees the amendment");
    expect(lastParagraph()).toBe('<paragraph>Voluntary contributions<footnote text="OECD figures."></footnote> have fallen by a third.</paragraph>');
    expect(editor.refusals).toEqual([]);
  });
});
