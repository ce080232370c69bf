import * as Y from "yjs";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import { schema } from "../shared/editor/schema";
import { checkUpdate, type GuardPolicy } from "../server/collab/updateGuard";
import { SuggestionGate } from "../server/collab/suggestionGate";
import { writeDocSection, writesDoc } from "./docSection";

// What checking a suggestion costs the server, beside an owner's keystroke in the same run. Both type the same
// characters into the middle of a section, one at a time, as an editor sends them; the owner's updates pass the
// guard, the suggester's pass the guard and the suggestion gate (reading the section before and after on the
// shadow doc). Measured in one process, server side only (no network): the guard and the gate are CPU work on
// the room's thread, so this is what each keystroke takes from everyone's latency.

const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 400);
const SIZES = [10, 100, 400];
const PARAGRAPH =
  "We recommend that the outcome document call for the IGF and its Secretariat to be supported through the regular budget of the United Nations, complemented by voluntary contributions from all stakeholder groups. ";

const ROOT = "section:s";

function startingDoc(paragraphs: number): Y.Doc {
  const doc = new Y.Doc();
  doc.clientID = 1;
  const blocks = Array.from({ length: paragraphs }, () => schema.node("paragraph", null, [schema.text(PARAGRAPH + PARAGRAPH)]));
  prosemirrorToYXmlFragment(schema.node("doc", null, blocks), doc.getXmlFragment(ROOT));
  // Other sections, as in a paper: the shadow copies the whole document.
  for (let i = 0; i < 8; i++) prosemirrorToYXmlFragment(schema.node("doc", null, blocks.slice(0, Math.max(1, paragraphs / 4))), doc.getXmlFragment(`section:o${i}`));
  return doc;
}

/** The keystrokes' updates, made by a client replica: one character each into the middle paragraph. */
function keystrokes(live: Y.Doc, paragraphs: number, suggest: boolean): Uint8Array[] {
  const client = new Y.Doc();
  Y.applyUpdate(client, Y.encodeStateAsUpdate(live));
  client.clientID = suggest ? 5000 : 6000;
  const paragraph = client.getXmlFragment(ROOT).get(Math.floor(paragraphs / 2)) as Y.XmlElement;
  const text = paragraph.get(0) as Y.XmlText;
  const updates: Uint8Array[] = [];
  client.on("update", (update: Uint8Array) => updates.push(update));
  for (let i = 0; i < KEYSTROKES; i++) {
    text.insert(100 + i, "x", suggest ? { insertion: { id: "s1", author: "suggester" } } : {});
  }
  return updates;
}

const policy = (suggest: boolean): GuardPolicy => ({ rootRefusal: () => null, suggestsIn: () => suggest, mayUseClient: () => true });

interface Timing {
  median: number;
  p99: number;
  first: number;
  total: number;
}

function run(paragraphs: number, suggest: boolean): Timing {
  const live = startingDoc(paragraphs);
  const gate = new SuggestionGate(live);
  const updates = keystrokes(live, paragraphs, suggest);
  const times: number[] = [];
  for (const update of updates) {
    const started = performance.now();
    const verdict = checkUpdate(live, update, policy(suggest));
    if (!verdict.ok) throw new Error(`refused: ${verdict.detail}`);
    if (verdict.suggestionChecks.length > 0) {
      const gated = gate.check(verdict.update, verdict.suggestionChecks, "suggester");
      if (gated.refusal) throw new Error(`gate refused: ${gated.refusal.detail}`);
    }
    Y.applyUpdate(live, verdict.update);
    times.push(performance.now() - started);
  }
  gate.close();
  live.destroy();
  const sorted = [...times].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)]!,
    p99: sorted[Math.floor(sorted.length * 0.99)]!,
    first: times[0]!,
    total: times.reduce((a, b) => a + b, 0),
  };
}

function main(): void {
  // Warm the JIT on a small run of each kind first.
  run(10, false);
  run(10, true);
  const ms = (v: number) => `${v.toFixed(3)} ms`;
  const rows: string[] = [];
  for (const size of SIZES) {
    const owner = run(size, false);
    const suggester = run(size, true);
    const kb = Math.round((size * PARAGRAPH.length * 2) / 1024);
    rows.push(`| ${size} paragraphs (~${kb} KB) | owner (baseline) | ${ms(owner.median)} | ${ms(owner.p99)} | ${ms(owner.first)} |`);
    rows.push(`| | suggester | ${ms(suggester.median)} | ${ms(suggester.p99)} | ${ms(suggester.first)} (shadow built) |`);
    rows.push(`| | ratio | ${(suggester.median / owner.median).toFixed(1)}× | ${(suggester.p99 / owner.p99).toFixed(1)}× | |`);
  }
  const body = [
    `Server-side cost of one keystroke (${KEYSTROKES} keystrokes, one character each, into the middle of a section; the ` +
      "document holds 8 more sections of a quarter its size): the guard alone for an owner (baseline), the guard and " +
      "the suggestion gate for a suggester, measured in the same run, in one process, no network.",
    "",
    "| section | who | median | p99 | first keystroke |",
    "|---|---|---:|---:|---:|",
    ...rows,
  ].join("\n");
  process.stdout.write(`${body}\n`);
  if (writesDoc()) writeDocSection("suggestions", "npx tsx bench/suggestions.ts", body);
}

main();
