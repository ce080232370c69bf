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

/**
 * The language a letter's script names among the six, when only one of them is written in it: Arabic letters are
 * Arabic, Han characters Chinese, Cyrillic Russian. Latin letters could be English, French or Spanish: "latin".
 * Null for what is not a letter (spaces, digits, punctuation), which belongs to the words around it.
 */
function scriptOf(char: string): DocumentLanguage | "latin" | null {
  if (!/\p{L}/u.test(char)) return null;
  if (/\p{Script=Arabic}/u.test(char)) return "ar";
  if (/\p{Script=Han}/u.test(char)) return "zh";
  if (/\p{Script=Cyrillic}/u.test(char)) return "ru";
  return "latin";
}

/** A part of a text and the language it is in when that differs from the text's around it (else null). */
export interface LanguagePiece {
  text: string;
  language: DocumentLanguage | null;
}

/**
 * A text cut where its letters change to a script that names another of the six languages than `around`'s, so a
 * passage in another language can say so (`lang` in HTML, a Span's Lang in a tagged PDF, `w:lang` in Word) and be
 * read aloud in its own voice. "Le Forum (Форум) …" in a French section: the Cyrillic word is Russian. Latin
 * letters inside an Arabic, Chinese or Russian section are left unmarked: nothing in them says whether they are
 * English, French or Spanish. What is not a letter stays with the letters before it (with the ones after it at
 * the start of the text).
 */
export function languagePieces(text: string, around: DocumentLanguage): LanguagePiece[] {
  const pieces: LanguagePiece[] = [];
  const languageOf = (script: DocumentLanguage | "latin"): DocumentLanguage | null => (script === "latin" || script === around ? null : script);
  let current: LanguagePiece | null = null;
  let pending = "";
  for (const char of text) {
    const script = scriptOf(char);
    if (script === null) {
      if (current) current.text += char;
      else pending += char;
      continue;
    }
    const language = languageOf(script);
    if (current && current.language === language) {
      current.text += char;
      continue;
    }
    // Spaces and punctuation between two pieces stay with the first.
    current = { text: pending + char, language };
    pending = "";
    pieces.push(current);
  }
  if (pending) pieces.push({ text: pending, language: null });
  return pieces;
}
