import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { sectionRootName } from "../../../../shared/collab/protocol";
import { suggestionsMap } from "../../../../shared/collab/review";
import { readSectionQuietly } from "./readSectionQuietly";
import { suggestionCards, type SuggestionCard } from "./suggestionCards";

/** Someone typing a suggestion changes the text at every key: the cards are read again at most this often. */
const READ_EVERY_MS = 250;

/**
 * A section's open suggestions as cards, following the live text and the registry of who made them; null until
 * the text has been read (there is no live document yet).
 */
export function useSuggestionCards(doc: Y.Doc | null, sectionId: string): SuggestionCard[] | null {
  const [cards, setCards] = useState<SuggestionCard[] | null>(null);
  useEffect(() => {
    if (!doc) {
      setCards(null);
      return;
    }
    const fragment = doc.getXmlFragment(sectionRootName(sectionId));
    const registry = suggestionsMap(doc);
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastRead = 0;
    const read = () => {
      timer = null;
      lastRead = Date.now();
      const next = suggestionCards(readSectionQuietly(fragment), (id) => registry.get(id));
      // Most changes are to words outside any suggestion: keep the same cards then, so nothing re-renders.
      setCards((previous) => (JSON.stringify(previous) === JSON.stringify(next) ? previous : next));
    };
    const changed = () => {
      if (timer === null) timer = setTimeout(read, Math.max(0, lastRead + READ_EVERY_MS - Date.now()));
    };
    read();
    fragment.observeDeep(changed);
    registry.observe(changed);
    return () => {
      fragment.unobserveDeep(changed);
      registry.unobserve(changed);
      if (timer !== null) clearTimeout(timer);
    };
  }, [doc, sectionId]);
  return cards;
}
