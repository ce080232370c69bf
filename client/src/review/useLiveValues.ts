import { useEffect, useState } from "react";
import type * as Y from "yjs";

/** The values of a server-written Y.Map root (threads, amendments), following every change live. */
export function useLiveValues<T>(doc: Y.Doc | null, mapOf: (doc: Y.Doc) => Y.Map<T>): T[] {
  const [values, setValues] = useState<T[]>([]);
  useEffect(() => {
    if (!doc) {
      setValues([]);
      return;
    }
    const map = mapOf(doc);
    const update = () => setValues([...map.values()]);
    update();
    map.observe(update);
    return () => map.unobserve(update);
    // mapOf is one of the shared root accessors, the same function every render.
  }, [doc, mapOf]);
  return values;
}
