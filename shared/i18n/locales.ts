import { z } from "zod";
import { DEFAULT_DOCUMENT_LANGUAGE, DOCUMENT_LANGUAGES, LANGUAGE_AUTONYMS, directionOf as languageDirection, isDocumentLanguage, type DocumentLanguage } from "../languages";

// The interface speaks the same six languages documents are written in (shared/languages.ts), in the UN's order;
// the code is the key of a message catalogue, of a stored choice and of the menu. What is the interface's own:
// the tags given to `lang` and to `Intl`, and the guess from the browser's languages.
export const LOCALES = DOCUMENT_LANGUAGES;
export type Locale = DocumentLanguage;
export const LocaleSchema = z.enum(LOCALES);

/** When nothing the browser asks for is one of ours. */
export const DEFAULT_LOCALE: Locale = DEFAULT_DOCUMENT_LANGUAGE;

/** Each language named in itself, as the menu shows it, so a reader finds their own without reading ours. */
export const NATIVE_NAMES: Record<Locale, string> = LANGUAGE_AUTONYMS;

/**
 * The BCP 47 tag written into `lang` attributes: Chinese as the UN writes it, in simplified characters (the tag
 * also makes browsers pick Simplified Chinese glyphs for the characters shared with Japanese and Traditional).
 */
export const LANGUAGE_TAGS: Record<Locale, string> = { ar: "ar", zh: "zh-Hans", en: "en", fr: "fr", ru: "ru", es: "es" };

/**
 * The tag given to `Intl`: English dates as the secretariat writes them ("5 Dec 2026, 10:15", en-GB), Arabic
 * with the Western digits that UN documents in Arabic use (ar-u-nu-latn: "5 ديسمبر 2026").
 */
export const INTL_TAGS: Record<Locale, string> = { ar: "ar-u-nu-latn", zh: "zh-Hans", en: "en-GB", fr: "fr", ru: "ru", es: "es" };

export const directionOf = languageDirection;
export const isLocale = isDocumentLanguage;

/**
 * The first of the reader's languages that we have: "fr-CA" is French, "zh-TW" and "zh-Hant" are Chinese (ours
 * is simplified, still closer to them than English). Null when none is ours, so the caller decides the fallback.
 */
export function negotiateLocale(wanted: readonly string[]): Locale | null {
  for (const range of wanted) {
    const primary = range.trim().toLowerCase().split(/[-_]/)[0];
    if (isLocale(primary)) return primary;
  }
  return null;
}
