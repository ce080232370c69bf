import { IntlMessageFormat } from "intl-messageformat";
import { INTL_TAGS, LOCALES, type Locale } from "../../shared/i18n/locales";
import en from "./messages/en.json";
import ar from "./messages/ar.json";
import zh from "./messages/zh.json";
import fr from "./messages/fr.json";
import ru from "./messages/ru.json";
import es from "./messages/es.json";

// What the server says to a person (errors, refusals), as ICU messages in the six languages. English is the source
// and the fallback; a message is named by its id, and the words in it that come from people (names, titles) are
// arguments, never pasted into the sentence.

export type ServerMessageId = keyof typeof en;
/**
 * An argument: words from people or data (a name, a title), a number, a phrase of our own said in the same
 * language, titles to list (each quoted, then joined, as the language writes them), or sentences one after another.
 */
export type MessageValue = string | number | ServerText | { readonly titles: readonly string[] } | { readonly sentences: readonly ServerText[] };
export type MessageValues = Readonly<Record<string, MessageValue>>;

/** A sentence not yet in any language: the id and its arguments. */
export interface ServerText {
  readonly id: ServerMessageId;
  readonly values?: MessageValues;
}

export const text = (id: ServerMessageId, values?: MessageValues): ServerText => (values ? { id, values } : { id });

/** Quotation marks and the list separator of each language: “a”, “b” · « a », « b » · “a”、“b”. */
const TITLE_LISTS: Record<Locale, { open: string; close: string; separator: string }> = {
  ar: { open: "“", close: "”", separator: "، " },
  zh: { open: "“", close: "”", separator: "、" },
  en: { open: "“", close: "”", separator: ", " },
  fr: { open: "«\u00a0", close: "\u00a0»", separator: ", " },
  ru: { open: "«", close: "»", separator: ", " },
  es: { open: "«", close: "»", separator: ", " },
};

const CATALOGUES: Record<Locale, Partial<Record<ServerMessageId, string>>> = { ar, zh, en, fr, ru, es };

export type Translator = (message: ServerText) => string;

type Ast = ReturnType<IntlMessageFormat["getAst"]>;

/** The arguments a message chooses its words by ({where, select, …}): compared, never shown, so never isolated. */
function selectorsOf(elements: Ast, into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (!("options" in element)) continue;
    into.add(element.value);
    for (const option of Object.values(element.options)) selectorsOf(option.value, into);
  }
  return into;
}

/**
 * One language's formatter, each message compiled once on first use. In Arabic the arguments are isolated
 * (FSI … PDI), so a Latin name or title keeps its order inside a right-to-left sentence on a screen; a file that
 * lays its text out itself (an export) asks for the words without them.
 */
export function createTranslator(locale: Locale, isolate = locale === "ar"): Translator {
  const compiled = new Map<ServerMessageId, { format: IntlMessageFormat; selectors: Set<string> }>();
  const quotes = TITLE_LISTS[locale];
  const word = (value: string) => (isolate ? `\u2068${value}\u2069` : value);
  const valueOf = (value: MessageValue, selector: boolean): string | number => {
    if (typeof value === "string") return selector ? value : word(value);
    if (typeof value === "number") return value;
    if ("titles" in value) return value.titles.map((title) => `${quotes.open}${word(title)}${quotes.close}`).join(quotes.separator);
    if ("sentences" in value) return value.sentences.map(say).join(locale === "zh" ? "" : " ");
    return say(value);
  };
  const formatter = (id: ServerMessageId) => {
    let entry = compiled.get(id);
    if (!entry) {
      const own = CATALOGUES[locale][id];
      const format = own === undefined ? new IntlMessageFormat(en[id], INTL_TAGS.en) : new IntlMessageFormat(own, INTL_TAGS[locale]);
      entry = { format, selectors: selectorsOf(format.getAst()) };
      compiled.set(id, entry);
    }
    return entry;
  };
  const say: Translator = ({ id, values }) => {
    const { format, selectors } = formatter(id);
    const given = values && Object.fromEntries(Object.entries(values).map(([name, value]) => [name, valueOf(value, selectors.has(name))]));
    return String(format.format(given));
  };
  return say;
}

const TRANSLATORS = Object.fromEntries(LOCALES.map((locale) => [locale, createTranslator(locale)])) as Record<Locale, Translator>;

export const translate = (locale: Locale, message: ServerText): string => TRANSLATORS[locale](message);
export const translatorFor = (locale: Locale): Translator => TRANSLATORS[locale];
/** For files that order their text themselves (exports): names not isolated. */
const FILE_TRANSLATORS = Object.fromEntries(LOCALES.map((locale) => [locale, createTranslator(locale, false)])) as Record<Locale, Translator>;
export const fileTranslatorFor = (locale: Locale): Translator => FILE_TRANSLATORS[locale];

const ENGLISH_IDS = new Map<string, ServerMessageId>(
  (Object.entries(en) as [ServerMessageId, string][]).filter(([, source]) => !source.includes("{")).map(([id, source]) => [source, id]),
);

/**
 * The message whose English reads exactly so: for sentences written in English in code shared with the browser
 * (the request schemas' rules in shared/api, the rights in shared/rights.ts), which the server catalogue also holds.
 */
export const idOfEnglish = (english: string): ServerMessageId | undefined => ENGLISH_IDS.get(english);

/**
 * A sentence kept as a string until someone reads it (a job's description, held in Redis for the other instances
 * to quote), so each reader gets it in their own language.
 */
export const storeText = (message: ServerText): string => JSON.stringify(message);

export const readStoredText = (stored: string, fallback: ServerText): ServerText => parseStoredText(stored) ?? fallback;

/**
 * A stored sentence, or null when it is not one this catalogue can say (written by a later release, or its id
 * since removed): checked down to the sentences inside it, which a stored version's name holds (versionLabels.ts).
 */
export function parseStoredText(stored: string): ServerText | null {
  try {
    const message: unknown = JSON.parse(stored);
    return isKnownText(message) ? message : null;
  } catch {
    return null;
  }
}

function isKnownText(value: unknown): value is ServerText {
  if (typeof value !== "object" || value === null) return false;
  const { id, values } = value as { id?: unknown; values?: unknown };
  if (typeof id !== "string" || !Object.hasOwn(en, id)) return false;
  if (values === undefined) return true;
  if (typeof values !== "object" || values === null) return false;
  return Object.values(values).every(isKnownValue);
}

function isKnownValue(value: unknown): boolean {
  if (typeof value === "string" || typeof value === "number") return true;
  if (typeof value !== "object" || value === null) return false;
  if ("titles" in value) return Array.isArray(value.titles) && value.titles.every((title) => typeof title === "string");
  if ("sentences" in value) return Array.isArray(value.sentences) && value.sentences.every(isKnownText);
  return isKnownText(value);
}

/** A sentence of the code shared with the browser, in the catalogue under its English; said as it is if not (yet). */
export const sharedSentence = (english: string): ServerText => {
  const id = idOfEnglish(english);
  return id ? text(id) : text("request.problem", { problem: english });
};
