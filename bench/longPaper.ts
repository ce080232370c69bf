import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { RunningServer } from "../server/server";
import { createDocument } from "../server/services/documents";
import { schema } from "../shared/editor/schema";
import { sectionRootName } from "../shared/collab/protocol";

// The long paper the export and browser benchmarks open: SECTIONS sections of PARAGRAPHS paragraphs of ~80 words,
// each with a heading, a bulleted list and a table (and, when asked, footnotes), about 240 PDF pages at 40 × 25.
// Deterministic: the same paper every run.

const WORDS = (
  "the forum multistakeholder governance internet mandate review secretariat funding national regional youth initiatives " +
  "intersessional policy networks dynamic coalitions leadership panel advisory group co-facilitators outcome document " +
  "General Assembly resolution recommends welcomes encourages Member States stakeholders café naïve São Paulo Côte d’Ivoire " +
  "capacity development inclusion accessibility sustainable predictable voluntary contributions regular budget " +
  "’agreed language’ “digital cooperation” — – Tunis Agenda WSIS+20"
).split(" ");

/** The owning groups, in turn (the demo's groups, so demo accounts edit and suggest in it). */
export const LONG_PAPER_GROUPS = ["wg1", "wg2", "wg3", "wg4", "wg5", "strategy"] as const;

/** Deterministic text: `count` words from `seed`, capitalised, with a full stop. */
export function words(seed: number, count: number): string {
  let x = seed * 2654435761 + 1;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    x = (x * 1103515245 + 12345) >>> 0;
    out.push(WORDS[x % WORDS.length]!);
  }
  const text = out.join(" ");
  return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
}

export interface LongPaperShape {
  sections: number;
  paragraphs: number;
  /** A footnote at the end of every fourth paragraph. */
  footnotes?: boolean;
}

/** Section `section`'s text (0-based). */
export function longPaperSection(section: number, { paragraphs, footnotes = false }: LongPaperShape): ProseMirrorNode {
  const p = (seed: number, withNote: boolean) => ({
    type: "paragraph",
    content: [{ type: "text", text: words(seed, 80) }, ...(withNote ? [{ type: "footnote", attrs: { text: `See ${words(seed + 500, 9)}` } }] : [])],
  });
  const content: unknown[] = [{ type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: words(section * 1000, 5).slice(0, -1) }] }];
  for (let i = 0; i < paragraphs; i++) {
    content.push(p(section * 1000 + i + 1, footnotes && i % 4 === 3));
    if (i === 5) {
      content.push({ type: "bulletList", content: [1, 2, 3, 4, 5].map((n) => ({ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: words(section * 7 + n, 14) }] }] })) });
    }
    if (i === 12) {
      const cell = (type: string, text: string) => ({ type, content: [{ type: "paragraph", content: [{ type: "text", text }] }] });
      content.push({
        type: "table",
        content: [
          { type: "tableRow", content: ["Measure", "Lead", "Timeline"].map((t) => cell("tableHeader", t)) },
          ...[1, 2, 3].map((r) => ({ type: "tableRow", content: [cell("tableCell", words(section + r, 8)), cell("tableCell", "Secretariat"), cell("tableCell", `${2026 + r}`)] })),
        ],
      });
    }
  }
  return schema.nodeFromJSON({ type: "doc", content });
}

/** The title of section `section` (0-based). */
export const longPaperSectionTitle = (section: number): string => `Section ${section + 1}: ${words(section, 4).slice(0, -1)}`;

/**
 * Creates the paper on a running server (with the demo's groups) through the services, and writes each section's
 * text through its room, as an editor's text would arrive: stored before it is seen. Returns the document's id.
 */
export async function createLongPaper(server: RunningServer, title: string, shape: LongPaperShape): Promise<string> {
  const now = Date.now();
  const document = await server.store.transaction((tx) =>
    createDocument(tx, now, null, {
      title,
      description: "Generated text for the benchmarks.",
      sections: Array.from({ length: shape.sections }, (_, i) => ({ title: longPaperSectionTitle(i), ownerGroup: LONG_PAPER_GROUPS[i % LONG_PAPER_GROUPS.length]!, content: "" })),
    }),
  );
  const sections = await server.store.documents.sections([document.id]);
  for (const [index, section] of sections.entries()) {
    await server.deps.rooms.serverChange(document.id, (doc) => prosemirrorToYXmlFragment(longPaperSection(index, shape), doc.getXmlFragment(sectionRootName(section.id))), null);
  }
  return document.id;
}
