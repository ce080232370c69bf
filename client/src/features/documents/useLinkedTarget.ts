import { useEffect, useRef, useState } from "react";
import type { ThreadView } from "../../../../shared/api/threads";

const currentHash = (): string => window.location.hash.slice(1);

/**
 * Whether going to a linked target may move the keyboard there: only while the keyboard is nowhere in particular
 * (the page has just loaded) or still on the link that was followed. Someone who has since clicked or tabbed into
 * an editor keeps their place; their next keystrokes are theirs.
 */
function keyboardIsFree(hash: string): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return true;
  return active instanceof HTMLAnchorElement && active.hash === `#${hash}`;
}

/**
 * Links into a document name a section (#section-<id>: the Contents list, the inbox, the review queue) or a
 * comment thread (#thread-<id>). The page builds itself after the browser looked for the target, so go there once
 * it exists: once per arrival of the address (a page load, or a link followed on the page), never again on later
 * renders, which would pull the keyboard back to the heading from wherever the person went since.
 */
export function useLinkedTarget(ready: boolean, threads: ReadonlyMap<string, readonly ThreadView[]>, show: (sectionId: string, id: string) => void): void {
  const [hash, setHash] = useState(currentHash);
  const handled = useRef<string | null>(null);
  const thread = hash.startsWith("thread-") ? [...threads.values()].flat().find((t) => `thread-${t.id}` === hash) : undefined;

  useEffect(() => {
    // A link followed on the page (Contents, Back, Forward) is a new arrival, even at an address seen before.
    const follow = () => {
      handled.current = null;
      setHash(currentHash());
    };
    window.addEventListener("hashchange", follow);
    return () => window.removeEventListener("hashchange", follow);
  }, []);

  useEffect(() => {
    if (!ready || !hash || handled.current === hash) return;
    if (hash.startsWith("section-")) {
      const target = document.getElementById(hash);
      const heading = document.getElementById(`${hash}-title`);
      if (!target || !heading) return;
      handled.current = hash;
      if (!keyboardIsFree(hash)) return;
      // The section, not its heading: the section keeps a margin above it, so the heading's focus ring shows.
      target.scrollIntoView({ block: "start" });
      heading.focus({ preventScroll: true });
      return;
    }
    if (thread) {
      handled.current = hash;
      show(thread.sectionId, thread.id);
    }
  }, [ready, hash, thread]);
}
