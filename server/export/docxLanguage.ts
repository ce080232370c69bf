import { firstStrongDirection, hasRtlLetters, languagePieces, type DocumentLanguage, type LanguagePiece, type TextDirection } from "../../shared/languages";

// Language and direction in Word's terms. `w:lang` names three languages for a run: `w:val` for Latin and Cyrillic
// text, `w:eastAsia` for Chinese, `w:bidi` for Arabic (complex script); Word spells them with a region, as its
// proofing tools expect. A paragraph that runs right to left is `w:bidi`; its Arabic runs are `w:rtl`, so Word
// shapes and orders them as complex script (Latin runs inside it stay as they are).

/** The shape of docx's `language` run option (CT_Language). */
export interface WordLanguage {
  value?: string;
  eastAsia?: string;
  bidirectional?: string;
}

const WORD_TAG: Record<DocumentLanguage, string> = { ar: "ar-SA", zh: "zh-CN", en: "en-GB", fr: "fr-FR", ru: "ru-RU", es: "es-ES" };

export function wordLanguage(language: DocumentLanguage): WordLanguage {
  const tag = WORD_TAG[language];
  return { value: tag, ...(language === "zh" && { eastAsia: tag }), ...(language === "ar" && { bidirectional: tag }) };
}

/**
 * The document's defaults: its language in its slot, and Chinese and Arabic in theirs whatever the document's
 * language, so that Word reads a Chinese or Arabic passage in any document as Chinese or Arabic (it picks the slot
 * by the characters' script).
 */
export const defaultWordLanguage = (language: DocumentLanguage): WordLanguage => ({
  eastAsia: WORD_TAG.zh,
  bidirectional: WORD_TAG.ar,
  ...wordLanguage(language),
});

/** How the runs of one paragraph are written. */
export interface RunScript {
  /** The paragraph runs right to left. */
  rtl: boolean;
  /** Set on each run when its section's language is not the document's (the styles carry the document's). */
  language?: WordLanguage;
  /** The section's language, against which a passage in another script is marked (runPieces). */
  written?: DocumentLanguage;
}

/** Where the text is: its section's language and direction, and whether the section's language is its own. */
export interface ScriptContext {
  direction: TextDirection;
  language?: WordLanguage;
  written: DocumentLanguage;
}

/**
 * A run's text in pieces by language: a Russian word in an English paragraph is a run of its own with its `w:lang`
 * (languagePieces). One piece, unmarked, where the paragraph's language is not known.
 */
export const runPieces = (text: string, script: RunScript): LanguagePiece[] =>
  script.written ? languagePieces(text, script.written) : [{ text, language: null }];

/** A paragraph's direction: its first letter's, else its section's (as `dir="auto"` does). */
export const paragraphDirection = (text: string, around: TextDirection): TextDirection => firstStrongDirection(text) ?? around;

/** A run is right to left when it holds Arabic letters, or no letters at all inside a right-to-left paragraph. */
export const runIsRtl = (text: string, script: RunScript): boolean => hasRtlLetters(text) || (script.rtl && firstStrongDirection(text) === null);

/** The run options for a text in this paragraph. */
export const runScript = (text: string, script: RunScript): { rightToLeft?: true; language?: WordLanguage } => ({
  ...(runIsRtl(text, script) && { rightToLeft: true as const }),
  ...(script.language && { language: script.language }),
});
