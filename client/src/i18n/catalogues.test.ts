import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isPluralElement, isSelectElement, isTagElement, parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { INTL_TAGS, LOCALES, type Locale } from "../../../shared/i18n/locales";

// Every catalogue has every key of the English one and no other, every message is valid ICU MessageFormat (read by
// the parser react-intl itself uses), a translation names the same arguments as the English message, and a plural
// gives each form the language needs for whole numbers ("few" in Russian and Arabic, "two" in Arabic).

const MESSAGES = new URL("./messages/", import.meta.url);
const AREAS = readdirSync(MESSAGES, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const areaFile = (area: string, locale: Locale): Record<string, string> =>
  JSON.parse(readFileSync(new URL(`${area}/${locale}.json`, MESSAGES), "utf8")) as Record<string, string>;

/** A language's messages from every area, as the app merges them. */
const catalogue = (locale: Locale): Record<string, string> => Object.assign({}, ...AREAS.map((area) => areaFile(area, locale)));

const english = catalogue("en");

function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (isTagElement(element)) argumentsOf(element.children, into);
  }
  return into;
}

function pluralsOf(elements: MessageFormatElement[], into: { name: string; forms: string[] }[] = []) {
  for (const element of elements) {
    if (isPluralElement(element)) into.push({ name: element.value, forms: Object.keys(element.options) });
    if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) pluralsOf(option.value, into);
    if (isTagElement(element)) pluralsOf(element.children, into);
  }
  return into;
}

/** The plural forms a language uses for the counts people have (0 to 200): French "many" is for millions only. */
function formsFor(locale: Locale): Set<string> {
  const rules = new Intl.PluralRules(INTL_TAGS[locale]);
  return new Set(Array.from({ length: 201 }, (_, n) => rules.select(n)));
}

describe("message catalogues", () => {
  it("have English as a non-empty source", () => {
    expect(Object.keys(english).length).toBeGreaterThan(50);
  });

  it("keep each area's messages in all six languages, and give every id to one area only", () => {
    const owner = new Map<string, string>();
    const problems: string[] = [];
    for (const area of AREAS) {
      for (const locale of LOCALES) {
        if (!existsSync(new URL(`${area}/${locale}.json`, MESSAGES))) problems.push(`${area}: no ${locale}.json`);
      }
      for (const key of Object.keys(areaFile(area, "en"))) {
        const earlier = owner.get(key);
        if (earlier) problems.push(`${key}: in ${earlier} and ${area}`);
        owner.set(key, area);
      }
      for (const locale of LOCALES) {
        if (!existsSync(new URL(`${area}/${locale}.json`, MESSAGES))) continue;
        const strays = Object.keys(areaFile(area, locale)).filter((key) => owner.get(key) !== area);
        if (strays.length > 0) problems.push(`${area}/${locale}.json: ${strays.join(", ")} belong to another area's English file`);
      }
    }
    expect(problems).toEqual([]);
  });

  it("every area listed in catalogues.ts is a folder of messages, and every folder is listed", () => {
    const source = readFileSync(new URL("./catalogues.ts", import.meta.url), "utf8");
    const imported = [...source.matchAll(/from "\.\/messages\/([^/]+)\/en\.json"/g)].map((match) => match[1]).sort();
    expect(imported).toEqual(AREAS);
  });

  describe.each(LOCALES)("%s", (locale) => {
    const messages = catalogue(locale);

    it("has every key of the English catalogue and no other", () => {
      expect(Object.keys(messages).filter((key) => !(key in english))).toEqual([]);
      expect(Object.keys(english).filter((key) => !(key in messages))).toEqual([]);
    });

    it("has valid ICU messages that name the same arguments as the English ones", () => {
      const problems: string[] = [];
      for (const [key, message] of Object.entries(messages)) {
        let ast: MessageFormatElement[];
        try {
          ast = parse(message);
        } catch (error) {
          problems.push(`${key}: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        if (message.trim() === "") problems.push(`${key}: empty`);
        const source = english[key];
        if (source === undefined) continue;
        const wanted = [...argumentsOf(parse(source))].sort();
        const given = [...argumentsOf(ast)].sort();
        if (wanted.join() !== given.join()) problems.push(`${key}: arguments [${given}] instead of [${wanted}]`);
      }
      expect(problems).toEqual([]);
    });

    it("gives every plural the forms this language uses, and no form it never uses", () => {
      const needed = formsFor(locale);
      const problems: string[] = [];
      for (const [key, message] of Object.entries(messages)) {
        for (const plural of pluralsOf(parse(message))) {
          const forms = plural.forms.filter((form) => !form.startsWith("="));
          const missing = [...needed].filter((form) => !forms.includes(form) && form !== "other");
          const unknown = forms.filter((form) => form !== "other" && !new Intl.PluralRules(INTL_TAGS[locale]).resolvedOptions().pluralCategories.includes(form as Intl.LDMLPluralRule));
          if (missing.length > 0) problems.push(`${key} {${plural.name}}: no ${missing.join(", ")}`);
          if (unknown.length > 0) problems.push(`${key} {${plural.name}}: ${unknown.join(", ")} is not a form of ${locale}`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  it("catches a broken message and a dropped argument (the checks above can fail)", () => {
    expect(() => parse("{count, plural, one {# section}}")).toThrow();
    expect(() => parse("Last updated {time")).toThrow();
    expect([...argumentsOf(parse("{who} replied in {where}"))].sort()).toEqual(["where", "who"]);
    expect(pluralsOf(parse("{n, plural, one {#} few {#} other {#}}"))).toEqual([{ name: "n", forms: ["one", "few", "other"] }]);
  });
});
