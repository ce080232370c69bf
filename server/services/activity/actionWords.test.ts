import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SECTION_STATUSES } from "../../../shared/rights";
import { SUGGESTION_DECISIONS } from "../../../shared/api/suggestions";
import { LOCALES, type Locale } from "../../../shared/i18n/locales";
import { storeText, text, translate } from "../../i18n/translate";
import { transitionName } from "../versionLabels";
import { ACTION_WORDS, actionSentence, editSentence, type Said } from "./actionWords";

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
  section: (id) => (id ? text("activity.section", { number: 3, title: "A properly resourced Forum" }) : text("activity.aSection")),
  sectionOfThread: () => text("activity.section", { number: 3, title: "A properly resourced Forum" }),
  sectionOfAmendment: () => text("activity.retiredSection", { title: "Annex" }),
  person: (id) => (id === "u-2" || id === "id-1" ? "Mei Lin Tan" : id === "u-3" ? "Élise Dubois" : id ? text("activity.formerUser") : text("activity.someone")),
  group: (id) => (id === "g-2" ? "WG2 Access" : "WG1 Funding strategy"),
  submission: () => text("activity.submission", { number: 2 }),
  invitation: () => "newperson@example",
});

const en = (action: string, s: Said) => translate("en", actionSentence(action, s));

/** Every detail an action reads, so each sentence has something to name. */
const FULL = {
  documentId: "doc-1",
  sectionId: "sec-1",
  threadId: "thr-1",
  submissionId: "sub-1",
  title: "Annex",
  label: "Before the retreat",
  note: "Please shorten it.",
  reason: "Not agreed language.",
  number: 2,
  sections: ["sec-1"],
  documents: 1,
  suggestions: [{ id: "s-1", author: "u-2", kind: "insert" }],
  userId: "u-2",
  proposer: "u-2",
  email: "newperson@example",
  role: "member",
  ownerGroup: "wg1",
  fromGroupId: "g-2",
  name: "Mei Lin Tan",
  dueDate: "2026-12-20",
  language: "fr",
  active: false,
  from: "approved",
};

/** The same actions with the details that choose other words: nothing to say, no note, many of a thing. */
const SPARSE = { suggestions: [{ author: "u-2" }, { author: "u-3" }, { author: "u-2" }], sections: [], documents: 3, role: "observer", dueDate: null, language: null };

/** Nothing recorded but the action: every sentence still reads. */
const EMPTY = {};

/** A leaked code, id, placeholder, plural sign or value of nothing. */
const LEAK = /[a-z]+\.[a-z_]+|_|\bid-1\b|doc-1|sec-1|thr-1|sub-1|u-2|u-3|g-2|undefined|null|NaN|\[object|[{}#]/;
const SENTENCE_END: Record<Locale, RegExp> = { en: /\.$/, fr: /\.$/, es: /\.$/, ru: /\.$/, ar: /\.$/, zh: /。$/ };

describe("activity in words", () => {
  it("has a sentence for every action the server records in the audit log", () => {
    const { actions, unknownTemplates } = recordedActions();
    expect(unknownTemplates).toEqual([]);
    // The reader finds the record calls at all (a changed call shape must not pass this test by finding none).
    expect(actions.size).toBeGreaterThan(30);
    const missing = [...actions].filter((action) => !Object.hasOwn(ACTION_WORDS, action));
    expect(missing, `actions without a sentence in actionWords.ts: ${missing.join(", ")}`).toEqual([]);
  });

  it("says every action as a sentence with names and no code, id or placeholder, in every language", () => {
    for (const detail of [FULL, { ...FULL, ...SPARSE }, EMPTY]) {
      for (const action of [...Object.keys(ACTION_WORDS), "made.up"]) {
        const english = en(action, said(detail));
        expect(english, action).toMatch(/^[A-Z“].*\.$/);
        for (const locale of LOCALES) {
          const sentence = translate(locale, actionSentence(action, said(detail)));
          const where = `${action} in ${locale}: ${sentence}`;
          expect(sentence, where).toMatch(SENTENCE_END[locale]);
          expect(sentence, where).not.toMatch(LEAK);
          // (A detail without a submission's number, never recorded, leaves a gap where the number goes.)
          if (detail !== EMPTY) expect(sentence, where).not.toMatch(/ {2}|^ | $/);
          // Said in that language, not left in English.
          if (locale !== "en") expect(sentence, where).not.toBe(english);
          // The people the entry names are in it, in every language.
          if (action !== "seed.demo" && !action.startsWith("cli.")) expect(sentence, where).toContain("Ravi Sharma");
        }
      }
    }
  });

  it("names the person and the section, as the page numbers it, in English word for word as before", () => {
    expect(en("section.in_review", said())).toBe("Ravi Sharma submitted 3. A properly resourced Forum for review.");
    expect(en("section.draft", said({ from: "approved", note: "One more change." }))).toBe("Ravi Sharma reopened 3. A properly resourced Forum: “One more change”.");
    expect(en("section.draft", said({ from: "changes_requested" }))).toBe("Ravi Sharma moved back to draft 3. A properly resourced Forum.");
    expect(en("share_link.create", said({ label: "For the co-facilitators" }))).toBe("Ravi Sharma made a share link “For the co-facilitators” for submission 2.");
    expect(en("made.up", said())).toBe("Ravi Sharma made a change Penholder no longer describes.");
    expect(en("section.update", said({ title: "New", dueDate: "2026-12-20", language: "ar" }))).toBe(
      "Ravi Sharma renamed 3. A properly resourced Forum and set the due date of 3. A properly resourced Forum to 2026-12-20 and set the language of 3. A properly resourced Forum to Arabic.",
    );
    expect(en("section.update", said({ language: "xx" }))).toBe("Ravi Sharma changed 3. A properly resourced Forum.");
    expect(en("section.owner_change", said({ ownerGroup: "wg1", fromGroupId: "g-2" }))).toBe(
      "Ravi Sharma gave 3. A properly resourced Forum to WG1 Funding strategy (it was WG2 Access’s).",
    );
    expect(en("suggestion.accept", said({ suggestions: [{ author: "u-2" }, { author: "u-3" }, { author: "u-2" }], note: "Agreed." }))).toBe(
      "Ravi Sharma accepted 3 suggestions by Mei Lin Tan, Élise Dubois in 3. A properly resourced Forum: “Agreed”.",
    );
    expect(en("suggestion.withdraw", said({ suggestions: [{}] }))).toBe("Ravi Sharma withdrew 1 suggestion by someone in 3. A properly resourced Forum.");
    expect(en("amendment.accept", said({ proposer: "u-2" }))).toBe("Ravi Sharma accepted Mei Lin Tan’s amendment to “Annex” (retired).");
    expect(en("version.restore", said({ label: " " }))).toBe("Ravi Sharma restored the text from the version “untitled”.");
    expect(en("version.restore", said({ label: "V1", sections: ["a", "b"] }))).toBe("Ravi Sharma restored 2 sections from the version “V1”.");
    expect(en("document.import", said({ title: "Paper", sections: 1 }))).toBe("Ravi Sharma started the document “Paper” from a Word file (1 section).");
    expect(en("document.update", said({ language: "es" }))).toBe("Ravi Sharma set the document’s language to Spanish.");
    expect(en("user.create", said({ role: "admin" }, "u-9"))).toBe("Ravi Sharma created an account for a former user (no email) as an admin.");
    expect(en("user.update", said({ name: "Mei", role: "chair", active: true }, "u-9"))).toBe(
      "Ravi Sharma changed a former user’s account: renamed them “Mei” and made them a chair and reactivated their account.",
    );
    expect(en("user.update", said({}))).toBe("Ravi Sharma changed Mei Lin Tan’s account: no change.");
    expect(en("invitation.create", said({ role: "nobody" }))).toBe("Ravi Sharma invited someone to join as a user.");
    expect(en("seed.demo", said({ documents: 2 }))).toBe("Penholder loaded the demo data (2 documents).");
    expect(translate("en", editSentence("Ravi Sharma", "3. Forum", 1))).toBe("Ravi Sharma edited 3. Forum (1 change).");
  });

  it("says the same entries in the reader's language, with its plurals, quotation marks and isolated names", () => {
    const approved = actionSentence("section.approved", said({ note: "Agreed." }));
    expect(translate("fr", approved)).toBe("Ravi Sharma a approuvé 3. A properly resourced Forum\u00a0: «\u00a0Agreed\u00a0».");
    expect(translate("es", approved)).toBe("Ravi Sharma aprobó 3. A properly resourced Forum: «Agreed».");
    expect(translate("ru", approved)).toBe("Ravi Sharma: утверждено — 3. A properly resourced Forum: «Agreed».");
    expect(translate("zh", approved)).toBe("Ravi Sharma核准了第 3 节“A properly resourced Forum”：“Agreed”。");
    expect(translate("ar", approved)).toBe("الموافقة على 3. \u2068A properly resourced Forum\u2069 من جانب \u2068Ravi Sharma\u2069: “\u2068Agreed\u2069”.");

    const suggestions = (n: number) => said({ suggestions: Array.from({ length: n }, () => ({ author: "u-2" })) });
    expect(translate("ru", actionSentence("suggestion.reject", suggestions(2)))).toBe("Ravi Sharma: отклонено 2 предложения (автор: Mei Lin Tan) — 3. A properly resourced Forum.");
    expect(translate("ru", actionSentence("suggestion.reject", suggestions(5)))).toMatch(/^Ravi Sharma: отклонено 5 предложений \(автор: Mei Lin Tan\)/);
    expect(translate("ar", actionSentence("suggestion.accept", suggestions(2)))).toMatch(/^قبول اقتراحين من \u2068Mei Lin Tan\u2069 في /);
    expect(translate("ar", actionSentence("suggestion.accept", suggestions(11)))).toMatch(/^قبول 11 اقتراحًا /);
    expect(translate("fr", actionSentence("version.restore", said({ label: "V1" })))).toBe("Ravi Sharma a restauré le texte à partir de la version «\u00a0V1\u00a0».");
    expect(translate("es", actionSentence("version.create", said({})))).toBe("Ravi Sharma guardó la versión «sin título».");
    // A version the server named: its name in the reader's language, from the message kept beside the English.
    const approvedVersion = said({ label: "“Funding” approved", labelMessage: storeText(transitionName("Funding", "approved")) });
    expect(translate("fr", actionSentence("version.restore", approvedVersion))).toBe(
      "Ravi Sharma a restauré le texte à partir de la version «\u00a0«\u00a0Funding\u00a0» approuvée\u00a0».",
    );
    expect(translate("en", actionSentence("version.restore", approvedVersion))).toBe("Ravi Sharma restored the text from the version ““Funding” approved”.");
    expect(translate("zh", editSentence("Ravi Sharma", text("activity.section", { number: 2, title: "资金" }), 4))).toBe("Ravi Sharma编辑了第 2 节“资金”（4 处更改）。");
    expect(translate("ru", actionSentence("user.update", said({ role: "observer", active: false }, "u-9")))).toBe(
      "Ravi Sharma: изменена учетная запись — бывший пользователь: новая роль: наблюдатель; учетная запись деактивирована.",
    );
  });
});
