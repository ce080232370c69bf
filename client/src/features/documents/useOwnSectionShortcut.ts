import { useEffect, useRef } from "react";
import type { OutlineEntry } from "../../../../shared/api/review";
import type { Actor } from "../../../../shared/rights";
import { currentSectionIndex, enterSection, isOwnSectionShortcut, nextOwnSection } from "./ownSections";

/** Alt+Shift+Y anywhere on the document page: into the text of the reader's next own section. */
export function useOwnSectionShortcut(sections: readonly OutlineEntry[], actor: Actor): void {
  const latest = useRef({ sections, actor });
  latest.current = { sections, actor };
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isOwnSectionShortcut(event) || event.defaultPrevented) return;
      const { sections: all, actor: me } = latest.current;
      const next = nextOwnSection(all, me, currentSectionIndex(all.map((s) => s.id)));
      if (!next) return;
      // Taken even when there is nowhere to go would swallow a key; only when it goes somewhere.
      event.preventDefault();
      enterSection(next.id);
    };
    // Capture: the editor must not type the character Alt+Shift+Y makes on some systems (⌥⇧Y is "Á" on a Mac).
    document.addEventListener("keydown", onKeyDown, true);
    return () => document.removeEventListener("keydown", onKeyDown, true);
  }, []);
}
