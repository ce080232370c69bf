import { useCallback, useEffect, useState } from "react";
import type * as Y from "yjs";
import type { SuggestionInfo } from "../../../../../shared/api/suggestions";
import { suggestionsMap } from "../../../../../shared/collab/review";

/** Who made each suggestion, from the server-written root, and a number that changes when it does. */
export function useSuggestionRegistry(doc: Y.Doc | null): { info(id: string): SuggestionInfo | undefined; version: number } {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!doc) return;
    const map = suggestionsMap(doc);
    const changed = () => setVersion((v) => v + 1);
    map.observe(changed);
    changed();
    return () => map.unobserve(changed);
  }, [doc]);
  const info = useCallback((id: string) => (doc ? suggestionsMap(doc).get(id) : undefined), [doc, version]);
  return { info, version };
}
