import { useEffect, useState } from "react";
import type * as Y from "yjs";
import type { OutlineEntry } from "../../../shared/api/review";
import { outlineMap, readOutline } from "../../../shared/collab/outline";

/**
 * The document's outline as the server last wrote it into the live `outline` root: order, titles, owners,
 * statuses, due dates and last transitions. Null until the live document holds one.
 */
export function useLiveOutline(doc: Y.Doc | null): OutlineEntry[] | null {
  const [outline, setOutline] = useState<OutlineEntry[] | null>(null);
  useEffect(() => {
    if (!doc) {
      setOutline(null);
      return;
    }
    const map = outlineMap(doc);
    const update = () => setOutline(map.size === 0 ? null : [...readOutline(doc)].sort((a, b) => a.position - b.position));
    update();
    map.observe(update);
    return () => map.unobserve(update);
  }, [doc]);
  return outline;
}
