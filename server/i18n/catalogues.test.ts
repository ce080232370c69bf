import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LOCALES, type Locale } from "../../shared/i18n/locales";
import { SECTION_STATUSES, transitionRefusal, type Actor } from "../../shared/rights";
import { keyProblems, pluralProblems, syntaxProblems } from "../../test/helpers/icuCatalogues";
import { idOfEnglish, text, translate } from "./translate";

const catalogue = (locale: Locale): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`./messages/${locale}.json`, import.meta.url), "utf8")) as Record<string, string>;
const english = catalogue("en");

describe("the server's message catalogue", () => {
  it("has one file per language and nothing else", () => {
    expect(readdirSync(new URL("./messages/", import.meta.url)).sort()).toEqual(LOCALES.map((locale) => `${locale}.json`).sort());
  });

  describe.each(LOCALES)("%s", (locale) => {
    const messages = catalogue(locale);
    it("has every key of the English catalogue and no other", () => expect(keyProblems(english, messages)).toEqual([]));
    it("has valid ICU messages that name the same arguments as the English ones", () => expect(syntaxProblems(english, messages)).toEqual([]));
    it("gives every plural the forms this language uses", () => expect(pluralProblems(locale, messages)).toEqual([]));
    it("writes French with non-breaking spaces and Chinese with full-width punctuation", () => {
      const problems = Object.entries(messages).filter(([, message]) =>
        locale === "fr" ? / [:;?!»]|« /.test(message) : locale === "zh" ? /[\u4e00-\u9fff][,.;:?!()]|[,;:?!()][\u4e00-\u9fff]/.test(message.replace(/Content-Type: /g, "")) : false,
      );
      expect(problems).toEqual([]);
    });
  });

  it("finds what the checks are for: a missing key, a broken message, a renamed argument, a missing plural form", () => {
    expect(keyProblems({ a: "A", b: "B" }, { a: "A", c: "C" })).toEqual(["c: not in the English catalogue", "b: missing"]);
    expect(syntaxProblems({ a: "{n} left" }, { a: "{n left" })).toHaveLength(1);
    expect(syntaxProblems({ a: "Only members of {group}" }, { a: "Seuls les membres de {groupe}" })).toEqual(["a: arguments [groupe] instead of [group]"]);
    expect(pluralProblems("ru", { a: "{count, plural, one {# секунду} other {# секунды}}" })).toEqual(["a {count}: no many, few"]);
    expect(pluralProblems("zh", { a: "{count, plural, one {# 秒} other {# 秒}}" })).toEqual(["a {count}: one is not a form of zh"]);
  });
});

describe("translate", () => {
  it("says a message in each language, English word for word as before", () => {
    expect(translate("en", text("notFound.section"))).toBe("That section was not found.");
    expect(translate("fr", text("notFound.section"))).toBe("Cette section est introuvable.");
    expect(translate("en", text("approval.openSuggestions", { count: 1 }))).toBe(
      "This section has 1 open suggestion. Accept or reject it first, or approve and choose what happens to it.",
    );
    expect(translate("ru", text("auth.wait.seconds", { count: 3 }))).toBe("3 секунды");
    expect(translate("ar", text("auth.wait.minutes", { count: 11 }))).toBe("11 دقيقة");
  });

  it("isolates names in Arabic sentences, so a Latin name keeps its order", () => {
    expect(translate("ar", text("accounts.exists", { email: "ana@example.org" }))).toBe("يوجد حساب بالفعل للعنوان \u2068ana@example.org\u2069.");
    expect(translate("en", text("accounts.exists", { email: "ana@example.org" }))).toBe("An account for ana@example.org already exists.");
    // What a message chooses by is compared, not shown: never isolated.
    expect(translate("ar", text("amendments.alreadyDecided", { status: "rejected" }))).toBe("سبق أن رُفض هذا التعديل.");
  });

  it("knows every sentence of the shared rights and request schemas by its English", () => {
    const actors: Actor[] = (["admin", "chair", "member", "observer"] as const).flatMap((role) =>
      [true, false].flatMap((active) => [["g"], []].map((groupIds) => ({ id: "u", role, active, groupIds }))),
    );
    const sentences = new Set<string>();
    for (const actor of actors)
      for (const status of SECTION_STATUSES)
        for (const to of SECTION_STATUSES) {
          const refusal = transitionRefusal(actor, { ownerGroupId: "g", status }, to);
          if (refusal) sentences.add(refusal.message);
        }
    const schemas = new URL("../../shared/api/", import.meta.url);
    for (const file of readdirSync(schemas).filter((name) => name.endsWith(".ts"))) {
      const source = readFileSync(new URL(file, schemas), "utf8");
      for (const match of source.matchAll(/(?:\.(?:regex|min|max|email|refine)\([^;]*?|message: |_RULE = )"([A-Z][^"]+[.])"/g)) sentences.add(match[1]!);
    }
    expect(sentences.size).toBeGreaterThan(20);
    expect([...sentences].filter((sentence) => idOfEnglish(sentence) === undefined)).toEqual([]);
  });
});
