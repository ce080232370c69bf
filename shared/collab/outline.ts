import type * as Y from "yjs";
import type { OutlineEntry } from "../api/review";
import { isDocumentLanguage, type DocumentLanguage } from "../languages";

// The outline root: section order, titles, owners, statuses, due dates and languages, and the document's
// language, as the server last wrote them.
// Clients read and observe it; only the server writes it (the guard refuses anyone else).

const OUTLINE = "outline";
const SECTIONS = "sections";
const LANGUAGE = "language";

export function writeOutline(doc: Y.Doc, entries: readonly OutlineEntry[]): void {
  const map = doc.getMap<unknown>(OUTLINE);
  if (JSON.stringify(map.get(SECTIONS)) !== JSON.stringify(entries)) map.set(SECTIONS, entries);
}

export function readOutline(doc: Y.Doc): OutlineEntry[] {
  return (doc.getMap<unknown>(OUTLINE).get(SECTIONS) as OutlineEntry[] | undefined) ?? [];
}

export function writeDocumentLanguage(doc: Y.Doc, language: DocumentLanguage): void {
  const map = doc.getMap<unknown>(OUTLINE);
  if (map.get(LANGUAGE) !== language) map.set(LANGUAGE, language);
}

/** The document's language as the server last wrote it; null before it has. */
export function readDocumentLanguage(doc: Y.Doc): DocumentLanguage | null {
  const language = doc.getMap<unknown>(OUTLINE).get(LANGUAGE);
  return isDocumentLanguage(language) ? language : null;
}

export const outlineMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(OUTLINE);
