import { isPluralElement, isSelectElement, isTagElement, parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { INTL_TAGS, type Locale } from "../../shared/i18n/locales";

// The checks every message catalogue passes, the interface's (client/src/i18n) and the server's (server/i18n):
// every key of the English one and no other, valid ICU MessageFormat (read by the parser react-intl and
// intl-messageformat use), the same arguments as the English message, and each plural form the language needs
// for whole numbers ("few" in Russian and Arabic, "two" in Arabic). Each check returns its problems, one a line.

export type Catalogue = Readonly<Record<string, string>>;

export function argumentsOf(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    into.add(element.value);
    if (isPluralElement(element) || isSelectElement(element)) for (const option of Object.values(element.options)) argumentsOf(option.value, into);
    if (isTagElement(element)) argumentsOf(element.children, into);
  }
  return into;
}

export function pluralsOf(elements: MessageFormatElement[], into: { name: string; forms: string[] }[] = []) {
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

export function keyProblems(english: Catalogue, messages: Catalogue): string[] {
  return [
    ...Object.keys(messages).filter((key) => !(key in english)).map((key) => `${key}: not in the English catalogue`),
    ...Object.keys(english).filter((key) => !(key in messages)).map((key) => `${key}: missing`),
  ];
}

export function syntaxProblems(english: Catalogue, messages: Catalogue): string[] {
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
  return problems;
}

export function pluralProblems(locale: Locale, messages: Catalogue): string[] {
  const needed = formsFor(locale);
  const known = new Intl.PluralRules(INTL_TAGS[locale]).resolvedOptions().pluralCategories as string[];
  const problems: string[] = [];
  for (const [key, message] of Object.entries(messages)) {
    for (const plural of pluralsOf(parse(message))) {
      const forms = plural.forms.filter((form) => !form.startsWith("="));
      const missing = [...needed].filter((form) => !forms.includes(form) && form !== "other");
      const unknown = forms.filter((form) => form !== "other" && !known.includes(form));
      if (missing.length > 0) problems.push(`${key} {${plural.name}}: no ${missing.join(", ")}`);
      if (unknown.length > 0) problems.push(`${key} {${plural.name}}: ${unknown.join(", ")} is not a form of ${locale}`);
    }
  }
  return problems;
}
