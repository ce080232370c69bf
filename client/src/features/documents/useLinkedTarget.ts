import { useEffect, useRef, useState } from "react";
import { parseTarget, type LinkTarget } from "./linkTarget";

const currentHash = (): string => window.location.hash.slice(1);

/**
 * Whether going to a linked target may move the keyboard there: only while the keyboard is nowhere in particular
 * (the page has just loaded, or the app put it at the top of the page it navigated to) or still on the link that
 * was followed. Someone who has since clicked or tabbed into an editor keeps their place; their next keystrokes
 * are theirs.
 */
function keyboardIsFree(hash: string): boolean {
  const active = document.activeElement;
  if (!active || active === document.body || active === document.documentElement) return true;
  if (active instanceof HTMLElement && active.tagName === "MAIN") return true;
  return active instanceof HTMLAnchorElement && active.hash === `#${hash}`;
}

/**
 * Links into a document name a section (#section-<id>: the Contents list, the landing page, the review queue), a
 * comment thread (#thread-<id>), a suggestion (#suggestion-<id>) or an amendment (#amendment-<id>): the inbox and
 * the landing page lead there. The page builds itself after the browser looked for the target, so go there once it
 * exists: once per arrival of the address (a page load, or a link followed on the page), never again on later
 * renders, which would pull the keyboard back from wherever the person went since.
 *
 * `locate` says which section holds a thread, suggestion or amendment (undefined while not known yet); `show` opens
 * that section's margin at the card and gives the card the keyboard (see SectionView).
 */
export function useLinkedTarget(ready: boolean, locate: (target: LinkTarget) => string | undefined, show: (sectionId: string, id: string) => void): void {
  const [hash, setHash] = useState(currentHash);
  const handled = useRef<string | null>(null);
  const target = parseTarget(hash);
  const sectionId = target && target.kind !== "section" ? locate(target) : undefined;

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
    if (!ready || !target || handled.current === hash) return;
    if (target.kind === "section") {
      const section = document.getElementById(hash);
      const heading = document.getElementById(`${hash}-title`);
      if (!section || !heading) return;
      handled.current = hash;
      if (!keyboardIsFree(hash)) return;
      // The section, not its heading: the section keeps a margin above it, so the heading's focus ring shows.
      section.scrollIntoView({ block: "start" });
      heading.focus({ preventScroll: true });
      return;
    }
    if (sectionId === undefined) return;
    handled.current = hash;
    if (!keyboardIsFree(hash)) return;
    show(sectionId, target.id);
  }, [ready, hash, sectionId]);
}
