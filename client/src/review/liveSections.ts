import type { OutlineEntry } from "../../../shared/api/review";
import type { SectionDetail } from "../../../shared/api/documents";
import type { ContentBlock } from "../../../shared/editor/content";

/** A section as the page shows it: its live outline entry, and the text the server sent with the page. */
export interface LiveSection {
  entry: OutlineEntry;
  /** Stands in for the live text until it is there (empty for sections added since the page loaded). */
  content: readonly ContentBlock[];
}

const entryOf = (section: SectionDetail): OutlineEntry => ({
  id: section.id,
  title: section.title,
  position: section.position,
  ownerGroup: section.ownerGroup,
  status: section.status,
  dueDate: null,
  language: section.language,
  lastTransition: null,
});

/** The live outline when there is one (order, titles, owners, statuses), else the page's own copy. */
export function liveSections(outline: readonly OutlineEntry[] | null, loaded: readonly SectionDetail[]): LiveSection[] {
  const content = new Map(loaded.map((section) => [section.id, section.content]));
  const entries = outline ?? loaded.map(entryOf);
  return entries.map((entry) => ({ entry, content: content.get(entry.id) ?? [] }));
}
