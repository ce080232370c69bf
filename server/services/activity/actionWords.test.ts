import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SECTION_STATUSES } from "../../../shared/rights";
import { SUGGESTION_DECISIONS } from "../../../shared/api/suggestions";
import { ACTION_WORDS, actionSentence, type Said } from "./actionWords";

const SERVER = join(import.meta.dirname, "..", "..");

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/** Template actions written as `prefix.${value}`: the values each may take. */
const TEMPLATES: Record<string, readonly string[]> = { section: SECTION_STATUSES, suggestion: SUGGESTION_DECISIONS };

/** Every action name the server writes to the audit log, read from its sources. */
function recordedActions(): { actions: Set<string>; unknownTemplates: string[] } {
  const actions = new Set<string>();
  const unknownTemplates: string[] = [];
  for (const file of sources(SERVER)) {
    const text = readFileSync(file, "utf8");
    if (!text.includes("audit.record")) continue;
    // The action property of each record call, up to the end of its expression.
    for (const match of text.matchAll(/\baction:\s*([^,}\n]+(?:\?[^,}\n]+)?)/g)) {
      const expression = match[1]!;
      for (const literal of expression.matchAll(/"([a-z_]+(?:\.[a-z_]+)+)"/g)) actions.add(literal[1]!);
      for (const template of expression.matchAll(/`([a-z_]+)\.\$\{/g)) {
        const values = TEMPLATES[template[1]!];
        if (!values) unknownTemplates.push(`${file}: ${expression}`);
        else for (const value of values) actions.add(`${template[1]}.${value}`);
      }
    }
  }
  return { actions, unknownTemplates };
}

const said = (detail: Record<string, unknown> = {}, target: string | null = "id-1"): Said => ({
  actor: "Ravi Sharma",
  target,
  detail,
  section: (id) => (id ? "3. A properly resourced Forum" : "a section"),
  sectionOfThread: () => "3. A properly resourced Forum",
  sectionOfAmendment: () => "3. A properly resourced Forum",
  person: (id) => (id ? "Mei Lin Tan" : "someone"),
  group: () => "WG1 Funding strategy",
  submission: () => "submission 2",
  invitation: () => "newperson@example",
});

describe("activity in words", () => {
  it("has a sentence for every action the server records in the audit log", () => {
    const { actions, unknownTemplates } = recordedActions();
    expect(unknownTemplates).toEqual([]);
    // The reader finds the record calls at all (a changed call shape must not pass this test by finding none).
    expect(actions.size).toBeGreaterThan(30);
    const missing = [...actions].filter((action) => !Object.hasOwn(ACTION_WORDS, action));
    expect(missing, `actions without a sentence in actionWords.ts: ${missing.join(", ")}`).toEqual([]);
  });

  it("says every action as a sentence with names and no code, id or placeholder", () => {
    const detail = {
      documentId: "doc-1",
      sectionId: "sec-1",
      threadId: "thr-1",
      title: "Annex",
      label: "Before the retreat",
      note: "Please shorten it.",
      number: 2,
      sections: ["sec-1"],
      suggestions: [{ id: "s-1", author: "u-2", kind: "insert" }],
      userId: "u-2",
      proposer: "u-2",
      email: "newperson@example",
      role: "member",
      ownerGroup: "wg1",
      fromGroupId: "g-2",
      name: "Mei Lin Tan",
      dueDate: "2026-12-20",
    };
    for (const action of Object.keys(ACTION_WORDS)) {
      const sentence = actionSentence(action, said(detail));
      expect(sentence, action).toMatch(/^[A-Z“].*\.$/);
      expect(sentence, action).not.toMatch(/[a-z]+\.[a-z_]+|_|\bid-1\b|doc-1|sec-1|thr-1|u-2|g-2|undefined|null|\[object/);
    }
  });

  it("names the person and the section, as the page numbers it", () => {
    expect(actionSentence("section.in_review", said())).toBe("Ravi Sharma submitted 3. A properly resourced Forum for review.");
    expect(actionSentence("section.draft", said({ from: "approved", note: "One more change." }))).toBe("Ravi Sharma reopened 3. A properly resourced Forum: “One more change”.");
    expect(actionSentence("share_link.create", said({ label: "For the co-facilitators" }))).toBe("Ravi Sharma made a share link “For the co-facilitators” for submission 2.");
    expect(actionSentence("made.up", said())).toBe("Ravi Sharma made a change Penholder no longer describes.");
  });
});
