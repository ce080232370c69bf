import { useEffect, useState } from "react";
import type * as Y from "yjs";
import type { OutlineEntry } from "../../../shared/api/review";
import { outlineMap, readDocumentLanguage, readOutline } from "../../../shared/collab/outline";
import type { DocumentLanguage } from "../../../shared/languages";

/** What `read` finds in the live `outline` root, read again whenever the server writes it; null without a doc. */
function useOutlineRoot<T>(doc: Y.Doc | null, read: (doc: Y.Doc) => T | null): T | null {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    if (!doc) {
      setValue(null);
      return;
    }
    const map = outlineMap(doc);
    const update = () => setValue(read(doc));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [doc]);
  return value;
}

const sortedOutline = (doc: Y.Doc): OutlineEntry[] | null =>
  outlineMap(doc).size === 0 ? null : [...readOutline(doc)].sort((a, b) => a.position - b.position);

/**
 * The document's outline as the server last wrote it into the live `outline` root: order, titles, owners,
 * statuses, due dates, languages and last transitions. Null until the live document holds one.
 */
export const useLiveOutline = (doc: Y.Doc | null): OutlineEntry[] | null => useOutlineRoot(doc, sortedOutline);

/** The document's language as the server last wrote it into the live outline root; null until it has. */
export const useLiveDocumentLanguage = (doc: Y.Doc | null): DocumentLanguage | null => useOutlineRoot(doc, readDocumentLanguage);
