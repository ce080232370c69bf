import type * as Y from "yjs";
import type { OutlineEntry } from "../api/review";

// The outline root: section order, titles, owners, statuses and due dates as the server last wrote them.
// Clients read and observe it; only the server writes it (the guard refuses anyone else).

const OUTLINE = "outline";
const SECTIONS = "sections";

export function writeOutline(doc: Y.Doc, entries: readonly OutlineEntry[]): void {
  const map = doc.getMap<unknown>(OUTLINE);
  if (JSON.stringify(map.get(SECTIONS)) !== JSON.stringify(entries)) map.set(SECTIONS, entries);
}

export function readOutline(doc: Y.Doc): OutlineEntry[] {
  return (doc.getMap<unknown>(OUTLINE).get(SECTIONS) as OutlineEntry[] | undefined) ?? [];
}

export const outlineMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap<unknown>(OUTLINE);
