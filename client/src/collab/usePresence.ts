import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { readPresence, type PresentPerson } from "./presence";

/** The people on this document now; follows awareness changes (joins, leaves, carets moving between sections). */
export function usePresence(awareness: Awareness | null, selfId: string): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  useEffect(() => {
    if (!awareness) {
      setPeople([]);
      return;
    }
    let shown = "";
    // Carets moving inside a section change awareness on every keystroke; re-render only when the list changes.
    const update = () => {
      const next = readPresence(awareness, selfId);
      const key = JSON.stringify(next);
      if (key === shown) return;
      shown = key;
      setPeople(next);
    };
    update();
    awareness.on("change", update);
    return () => awareness.off("change", update);
  }, [awareness, selfId]);
  return people;
}
