import { useLayoutEffect, type RefObject } from "react";

/**
 * The document's status bar stays at the top of the window: whatever the page scrolls to (a link, the keyboard
 * moving on) must land below it, not under it. Its height (one line, or more where it wraps) goes to the
 * `--document-bar-height` the page's styles use, and to the page's scroll padding while the bar is shown.
 */
export function useStickyBar(bar: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = bar.current;
    if (!element) return;
    const root = document.documentElement;
    const set = () => {
      const height = `${Math.ceil(element.getBoundingClientRect().height)}px`;
      root.style.setProperty("--document-bar-height", height);
      root.style.scrollPaddingTop = height;
    };
    set();
    const observer = new ResizeObserver(set);
    observer.observe(element);
    return () => {
      observer.disconnect();
      root.style.removeProperty("--document-bar-height");
      root.style.scrollPaddingTop = "";
    };
  }, [bar]);
}
