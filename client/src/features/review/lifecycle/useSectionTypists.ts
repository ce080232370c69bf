import { useEffect, useState } from "react";
import type { Awareness } from "y-protocols/awareness";
import { cursorField } from "../../../../../shared/collab/protocol";
import { readPresence } from "../../../collab/presence";

export interface SectionVisitor {
  id: string;
  name: string;
  /** Their caret moved in this section within the last few seconds: they are writing in it. */
  typing: boolean;
}

/** A caret that moved this recently counts as typing. */
const TYPING_MS = 5000;

/**
 * Who else has a caret in the section now, from the live awareness (names the server stamped), and which of them
 * are typing. Follows joins, leaves and carets as they move; settles "typing" a few seconds after the last move.
 */
export function useSectionTypists(awareness: Awareness | null, sectionId: string, selfId: string): SectionVisitor[] {
  const [visitors, setVisitors] = useState<SectionVisitor[]>([]);
  useEffect(() => {
    if (!awareness) return;
    const field = cursorField(sectionId);
    const movedAt = new Map<string, number>();
    let shown = "";
    const update = () => {
      const now = Date.now();
      const next = readPresence(awareness, selfId)
        .filter((person) => !person.self && person.sectionIds.includes(sectionId))
        .map((person) => ({ id: person.user.id, name: person.user.name, typing: now - (movedAt.get(person.user.id) ?? 0) < TYPING_MS }));
      const key = JSON.stringify(next);
      if (key !== shown) {
        shown = key;
        setVisitors(next);
      }
    };
    const changed = ({ added, updated }: { added: number[]; updated: number[] }) => {
      const states = awareness.getStates();
      for (const clientId of [...added, ...updated]) {
        const state = states.get(clientId) as Record<string, unknown> | undefined;
        const user = state?.user as { id?: unknown } | undefined;
        if (state?.[field] != null && typeof user?.id === "string") movedAt.set(user.id, Date.now());
      }
      update();
    };
    update();
    awareness.on("change", changed);
    // "Typing" ends by time alone, with no event to say so.
    const timer = setInterval(update, 1000);
    return () => {
      awareness.off("change", changed);
      clearInterval(timer);
    };
  }, [awareness, sectionId, selfId]);
  return visitors;
}
