// The languages a document (or one of its sections) is written in: the six official languages of the United
// Nations, as BCP 47 tags. Arabic is written right to left; the others left to right.

export const DOCUMENT_LANGUAGES = ["ar", "zh", "en", "fr", "ru", "es"] as const;
export type DocumentLanguage = (typeof DOCUMENT_LANGUAGES)[number];

/** Documents written before languages were recorded, and new ones unless said otherwise. */
export const DEFAULT_DOCUMENT_LANGUAGE: DocumentLanguage = "en";

export type TextDirection = "ltr" | "rtl";

export const directionOf = (language: DocumentLanguage): TextDirection => (language === "ar" ? "rtl" : "ltr");

export const isDocumentLanguage = (value: unknown): value is DocumentLanguage =>
  typeof value === "string" && (DOCUMENT_LANGUAGES as readonly string[]).includes(value);

/** Each language's name in itself, as a language menu shows it (with `lang` set, so it is read in that language). */
export const LANGUAGE_AUTONYMS: Record<DocumentLanguage, string> = {
  ar: "العربية",
  zh: "中文",
  en: "English",
  fr: "Français",
  ru: "Русский",
  es: "Español",
};

/** Each language's name in English, beside its own name where the interface is in English. */
export const LANGUAGE_NAMES: Record<DocumentLanguage, string> = {
  ar: "Arabic",
  zh: "Chinese",
  en: "English",
  fr: "French",
  ru: "Russian",
  es: "Spanish",
};

/** A section's language: its own when it has one, else the document's. */
export const sectionLanguage = (documentLanguage: DocumentLanguage, own: DocumentLanguage | null | undefined): DocumentLanguage =>
  own ?? documentLanguage;

/** Letters of the scripts written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their presentation forms). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const FIRST_LETTER = /\p{L}/u;

/**
 * The direction of a text by its first letter, as `dir="auto"` decides it in a browser (the first strong
 * character), or null when it has no letter (digits and punctuation only): then the surrounding direction holds.
 */
export function firstStrongDirection(text: string): TextDirection | null {
  const letter = FIRST_LETTER.exec(text);
  if (!letter) return null;
  return RTL_LETTER.test(letter[0]) ? "rtl" : "ltr";
}

/** Whether a text has letters of a right-to-left script. */
export const hasRtlLetters = (text: string): boolean => RTL_LETTER.test(text);
