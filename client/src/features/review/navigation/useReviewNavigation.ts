import { useEffect, useRef, useState, type RefObject } from "react";
import { navigationStep, stepIndex } from "./reviewNavigation";

/** Everything in any section's text that a card in a margin belongs to, in the order of the text. */
const ANCHORS = ".section__text [data-review-id], .section__text [data-suggestion]";
/** The margin's cards say which of those are theirs (see MarginList). */
const CARD = "[data-margin-id]";

interface Options {
  /** This panel's cards: their ids and the selector of their words in the text. */
  items: ReadonlyArray<{ id: string; anchor: string | null }>;
  open: boolean;
  onOpenChange(open: boolean): void;
  onActivate(id: string): void;
}

/** Where the reader is: the start of the selection when it is in some section's text, else the focused element. */
function readerPoint(): Range {
  const point = document.createRange();
  const selection = document.getSelection();
  const focusNode = selection && selection.rangeCount > 0 ? selection.getRangeAt(0).startContainer : null;
  const inText = focusNode && (focusNode instanceof Element ? focusNode : focusNode.parentElement)?.closest(".section__text");
  if (inText && selection) point.setStart(selection.getRangeAt(0).startContainer, selection.getRangeAt(0).startOffset);
  else if (document.activeElement && document.activeElement !== document.body) point.setStartBefore(document.activeElement);
  else point.setStart(document.body, 0);
  point.collapse(true);
  return point;
}

function wordsRange(element: Element): Range {
  const range = document.createRange();
  range.selectNode(element);
  return range;
}

/** The first element of each highlight or suggestion (one may be drawn in several pieces), in the order of the text. */
function anchorsInText(): Element[] {
  const seen = new Set<string>();
  return [...document.querySelectorAll(ANCHORS)].filter((element) => {
    const key = element.getAttribute("data-suggestion") ?? element.getAttribute("data-review-id") ?? "";
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The one anchor element to go to: one step from the card the keyboard is in (past every element of that card),
 * or from where the reader is in the text. Null at either end.
 */
function targetAnchor(step: 1 | -1): Element | null {
  const anchors = anchorsInText();
  const card = document.activeElement?.closest<HTMLElement>(CARD);
  const own = card?.dataset.marginAnchor;
  if (card && own) {
    const mine = (element: Element) => element.matches(own);
    const first = anchors.findIndex(mine);
    if (first !== -1) {
      const others = anchors.filter((element) => !mine(element));
      const index = stepIndex(others.length, step, anchors.slice(0, first).filter((element) => !mine(element)).length);
      return index === null ? null : others[index]!;
    }
  }
  const point = readerPoint();
  // Next: the first that starts after the reader. Previous: the last that ends where the reader is or before, so
  // from inside some words it is the one before them.
  const startBefore = anchors.filter((element) => point.compareBoundaryPoints(Range.START_TO_START, wordsRange(element)) > 0).length;
  const endBefore = anchors.filter((element) => point.compareBoundaryPoints(Range.END_TO_START, wordsRange(element)) >= 0).length;
  const index = stepIndex(anchors.length, step, step === 1 ? startBefore : endBefore);
  return index === null ? null : anchors[index]!;
}

/**
 * Alt+Shift+↓/↑ (⌘⌥↓/↑ on a Mac), anywhere on the page: the next or previous comment, suggestion or amendment in
 * the order of the text, across sections. The panel of the section it is in opens, its card takes the keyboard
 * and its words are brought into view. Every panel listens; the one whose section holds the target acts.
 */
export function useReviewNavigation(panelRef: RefObject<HTMLElement | null>, options: Options): void {
  const latest = useRef(options);
  latest.current = options;
  const [focusId, setFocusId] = useState<string | null>(null);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const step = navigationStep(event);
      if (step === 0 || event.defaultPrevented) return;
      const panel = panelRef.current;
      const target = targetAnchor(step);
      const section = panel?.closest("section");
      if (!panel || !target || !section || target.closest("section") !== section) return;
      const item = latest.current.items.find((candidate) => candidate.anchor !== null && target.matches(candidate.anchor));
      if (!item) return;
      event.preventDefault();
      const { open, onOpenChange, onActivate } = latest.current;
      if (!open) onOpenChange(true);
      onActivate(item.id);
      const still = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
      target.scrollIntoView({ block: "center", behavior: still ? "auto" : "smooth" });
      setFocusId(item.id);
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [panelRef]);

  // Once the panel shows the card (it may be opening now), the card takes the keyboard.
  useEffect(() => {
    if (focusId === null) return;
    const card = panelRef.current?.querySelector(`${CARD}[data-margin-id="${CSS.escape(focusId)}"] [tabindex="-1"]`);
    if (!(card instanceof HTMLElement)) return;
    setFocusId(null);
    card.focus({ preventScroll: true });
  });
}
