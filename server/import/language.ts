import { DOCUMENT_LANGUAGES, type DocumentLanguage } from "../../shared/languages";
import { child, elements, type XmlElement } from "./xml";

// Which of the six languages a Word file is written in, section by section. Word marks each run with `w:lang`
// (directly, through its paragraph's style, or from the document's defaults): `w:val` for Latin and Cyrillic text,
// `w:eastAsia` for Chinese, `w:bidi` for Arabic. A run's letters vote for the language its mark gives for their
// script; a letter in an Arabic, Chinese or Cyrillic script with no usable mark votes for the language of its script
// (Latin letters cannot say whether they are English, French or Spanish without one). The most letters win.
// Direction follows from the language (Arabic right to left) and, paragraph by paragraph, from the first letter,
// as the editor and every export decide it: nothing about direction has to be stored.

/** A `w:lang` element's three languages. */
export interface WordLang {
  val?: string;
  eastAsia?: string;
  bidi?: string;
}

export function readWordLang(rPr: XmlElement | undefined): WordLang | undefined {
  const lang = child(rPr, "w:lang");
  if (!lang) return undefined;
  const get = (name: string) => lang.attrs.get(name) || undefined;
  return { val: get("w:val"), eastAsia: get("w:eastAsia"), bidi: get("w:bidi") };
}

/** The nearer one's languages, each falling back to the further one's. */
export const mergeWordLang = (near: WordLang | undefined, far: WordLang | undefined): WordLang | undefined =>
  near || far ? { val: near?.val ?? far?.val, eastAsia: near?.eastAsia ?? far?.eastAsia, bidi: near?.bidi ?? far?.bidi } : undefined;

/** "fr-FR" → "fr"; a language that is not one of the six → undefined. */
function primary(tag: string | undefined): DocumentLanguage | undefined {
  const subtag = tag?.split(/[-_]/)[0]?.toLowerCase();
  return (DOCUMENT_LANGUAGES as readonly string[]).includes(subtag ?? "") ? (subtag as DocumentLanguage) : undefined;
}

type Script = "arabic" | "han" | "cyrillic" | "latin";

function scriptOf(char: string): Script | undefined {
  if (/\p{Script=Arabic}/u.test(char)) return "arabic";
  if (/\p{Script=Han}/u.test(char)) return "han";
  if (/\p{Script=Cyrillic}/u.test(char)) return "cyrillic";
  if (/\p{Script=Latin}/u.test(char)) return "latin";
  return undefined;
}

/** The language letters of a script mean under a run's `w:lang`. */
function languageFor(script: Script, lang: WordLang | undefined): DocumentLanguage | undefined {
  switch (script) {
    // Of the six, only Arabic is written in Arabic letters, Chinese in Han characters, Russian in Cyrillic.
    case "arabic":
      return "ar";
    case "han":
      return "zh";
    case "cyrillic":
      return "ru";
    case "latin": {
      const marked = primary(lang?.val);
      return marked === "en" || marked === "fr" || marked === "es" ? marked : undefined;
    }
  }
}

/** Letters per language. */
export type Votes = Map<DocumentLanguage, number>;

function addText(votes: Votes, text: string, lang: WordLang | undefined): void {
  for (const char of text) {
    const script = scriptOf(char);
    const language = script && languageFor(script, lang);
    if (language) votes.set(language, (votes.get(language) ?? 0) + 1);
  }
}

const textOf = (element: XmlElement): string =>
  element.children.map((node) => (typeof node === "string" ? node : node.name === "w:t" ? textOf(node) : "")).join("");

/**
 * Counts the letters of a paragraph's runs by language. `paragraphLang` is what its style (and the document's
 * defaults) give; a run's own `w:lang` comes first. Deleted text (w:del) is not counted, as it is not imported.
 */
export function paragraphVotes(paragraph: XmlElement, paragraphLang: WordLang | undefined, votes: Votes): void {
  const visit = (element: XmlElement) => {
    for (const inner of elements(element)) {
      if (inner.name === "w:del" || inner.name === "w:moveFrom" || inner.name === "w:pPr") continue;
      if (inner.name === "w:r") addText(votes, textOf(inner), mergeWordLang(readWordLang(child(inner, "w:rPr")), paragraphLang));
      else visit(inner);
    }
  };
  visit(paragraph);
}

/** The language with the most letters, or undefined when no letter said. */
export function winner(votes: Votes): DocumentLanguage | undefined {
  let best: DocumentLanguage | undefined;
  for (const [language, count] of votes) if (best === undefined || count > votes.get(best)!) best = language;
  return best;
}

export function addVotes(into: Votes, from: Votes): Votes {
  for (const [language, count] of from) into.set(language, (into.get(language) ?? 0) + count);
  return into;
}

/**
 * The votes of the file's parts in reading order: what comes before the first section, then one entry per
 * section start (Heading 1) as the splitter finds them.
 */
export class LanguageTally {
  readonly parts: Votes[] = [new Map()];

  startSection(): void {
    this.parts.push(new Map());
  }

  get current(): Votes {
    return this.parts[this.parts.length - 1]!;
  }
}
