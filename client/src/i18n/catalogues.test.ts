import { existsSync, readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "@formatjs/icu-messageformat-parser";
import { LOCALES, type Locale } from "../../../shared/i18n/locales";
import { argumentsOf, keyProblems, pluralProblems, pluralsOf, syntaxProblems } from "../../../test/helpers/icuCatalogues";

// Every catalogue has every key of the English one and no other, every message is valid ICU MessageFormat, a
// translation names the same arguments as the English message, and a plural gives each form the language needs
// (the checks in test/helpers/icuCatalogues.ts, which the server's catalogue passes too).

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
      expect(keyProblems(english, messages)).toEqual([]);
    });

    it("has valid ICU messages that name the same arguments as the English ones", () => {
      expect(syntaxProblems(english, messages)).toEqual([]);
    });

    it("gives every plural the forms this language uses, and no form it never uses", () => {
      expect(pluralProblems(locale, messages)).toEqual([]);
    });
  });

  it("catches a broken message and a dropped argument (the checks above can fail)", () => {
    expect(() => parse("{count, plural, one {# section}}")).toThrow();
    expect(() => parse("Last updated {time")).toThrow();
    expect([...argumentsOf(parse("{who} replied in {where}"))].sort()).toEqual(["where", "who"]);
    expect(pluralsOf(parse("{n, plural, one {#} few {#} other {#}}"))).toEqual([{ name: "n", forms: ["one", "few", "other"] }]);
  });
});
