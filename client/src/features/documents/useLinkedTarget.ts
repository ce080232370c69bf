import { useEffect, useRef } from "react";
import type { ThreadView } from "../../../../shared/api/threads";

/**
 * Links into a document (from the inbox, the review queue) name a section (#section-<id>) or a comment thread
 * (#thread-<id>). The page builds itself after the browser looked for the target, so go there once it exists.
 */
export function useLinkedTarget(ready: boolean, threads: ReadonlyMap<string, readonly ThreadView[]>, show: (sectionId: string, id: string) => void): void {
  const handled = useRef<string | null>(null);
  const hash = window.location.hash.slice(1);
  const thread = hash.startsWith("thread-") ? [...threads.values()].flat().find((t) => `thread-${t.id}` === hash) : undefined;

  useEffect(() => {
    if (!ready || !hash || handled.current === hash) return;
    if (hash.startsWith("section-")) {
      const heading = document.getElementById(`${hash}-title`);
      if (!heading) return;
      handled.current = hash;
      heading.scrollIntoView({ block: "start" });
      heading.focus({ preventScroll: true });
      return;
    }
    if (thread) {
      handled.current = hash;
      show(thread.sectionId, thread.id);
    }
  }, [ready, hash, thread]);
}
