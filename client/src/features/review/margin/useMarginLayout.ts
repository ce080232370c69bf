import { useEffect, useState, type RefObject } from "react";
import { marginLayout, type MarginLayout } from "./marginLayout";

/** Space between two cards in the margin, in pixels. */
const GAP = 12;

const sameLayout = (a: MarginLayout | null, b: MarginLayout | null): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * Where the cards of a margin list go, measured from the page: each `<li data-margin-id data-margin-anchor>`
 * beside the first element of the section's text that matches its anchor selector. Null while the list is not
 * beside the text (narrow screens: the stylesheet says so with `--margin-layout: 1` on wide ones), so the cards
 * then simply follow one another. Measured again, once a frame at most, when the text or a card changes or
 * resizes, and when `key` (the cards and the active one) changes.
 */
export function useMarginLayout(listRef: RefObject<HTMLElement | null>, active: string | null, key: string): MarginLayout | null {
  const [layout, setLayout] = useState<MarginLayout | null>(null);
  useEffect(() => {
    const list = listRef.current;
    const text = list?.closest(".section__body")?.querySelector<HTMLElement>(".section__text");
    if (!list || !text) return;
    let frame = 0;
    const cards = () => [...list.children].filter((child): child is HTMLElement => child instanceof HTMLElement && child.dataset.marginId !== undefined);

    const measure = () => {
      frame = 0;
      if (getComputedStyle(list).getPropertyValue("--margin-layout").trim() !== "1") {
        setLayout((previous) => (previous === null ? previous : null));
        return;
      }
      const top = list.getBoundingClientRect().top;
      const entries = cards().map((card) => {
        const selector = card.dataset.marginAnchor;
        const anchor = selector ? text.querySelector(selector) : null;
        return { id: card.dataset.marginId!, anchor: anchor ? anchor.getBoundingClientRect().top - top : null, height: card.offsetHeight };
      });
      const next = marginLayout(entries, active, GAP);
      setLayout((previous) => (sameLayout(previous, next) ? previous : next));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };

    const resized = new ResizeObserver(schedule);
    resized.observe(text);
    for (const card of cards()) resized.observe(card);
    // The text's own changes (typing, highlights drawn, suggestions marked) move the words the cards sit by.
    const changed = new MutationObserver(schedule);
    changed.observe(text, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ["class", "data-review-id", "data-suggestion"] });
    window.addEventListener("resize", schedule);
    schedule();
    return () => {
      resized.disconnect();
      changed.disconnect();
      window.removeEventListener("resize", schedule);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [listRef, active, key]);
  return layout;
}
