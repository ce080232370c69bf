import type { Page } from "playwright-core";

/**
 * What is wrong with the page's layout as it stands, in words (empty when nothing is): the page wider than the
 * window, text cut off inside a box that hides its overflow, and controls (links, buttons, fields) drawn over one
 * another. Hidden things and the screen-reader-only texts (1 px, clipped) are left out; a control inside another
 * (a link in the editable text) is not an overlap. A wrapped link is measured line by line, as it is drawn.
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const root = document.documentElement;
    const width = root.clientWidth;
    if (root.scrollWidth > width) faults.push(`page ${root.scrollWidth}px wide in a ${width}px window`);

    const name = (element: Element) => {
      const classes = typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).join(".")}` : "";
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      return `${element.tagName.toLowerCase()}${classes}${text ? ` “${text}”` : ""}`;
    };
    const shown = (element: Element) => {
      if (element.closest("[hidden], [inert], .visually-hidden")) return false;
      if (element.getClientRects().length === 0) return false;
      const style = getComputedStyle(element);
      return style.visibility !== "hidden" && Number(style.opacity) > 0;
    };

    // Inside a box that scrolls sideways (a wide table on a phone), reaching past the window is what scrolling is for.
    const inScroller = (element: Element) => {
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const overflow = getComputedStyle(up).overflowX;
        if (overflow === "auto" || overflow === "scroll") return true;
      }
      return false;
    };

    // Text cut off: a box that hides what does not fit, with text wider (or taller) than the box.
    for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
      if (!shown(element) || !(element.textContent ?? "").trim()) continue;
      const style = getComputedStyle(element);
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      const hidesX = style.overflowX === "hidden" || style.overflowX === "clip";
      const hidesY = style.overflowY === "hidden" || style.overflowY === "clip";
      if (hidesX && element.scrollWidth > element.clientWidth + 1) faults.push(`text cut off sideways in ${name(element)} (${element.scrollWidth}px in ${element.clientWidth}px)`);
      else if (hidesY && element.scrollHeight > element.clientHeight + 1) faults.push(`text cut off below in ${name(element)} (${element.scrollHeight}px in ${element.clientHeight}px)`);
      else if ((box.left < -0.5 || box.right > width + 0.5) && !inScroller(element)) faults.push(`${name(element)} reaches past the window (${Math.round(box.left)}..${Math.round(box.right)})`);
    }

    // Controls over one another: every pair of drawn boxes (a wrapped link has one per line) that share more than
    // a pixel each way.
    const controls = [...document.body.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [role=button], [contenteditable=true]")].filter(
      (element) => shown(element) && !(element instanceof HTMLInputElement && element.type === "hidden"),
    );
    // What of a control is drawn: its boxes cut to every box around it that clips (a scrolled list shows part).
    const drawn = (element: Element) => {
      let boxes = [...element.getClientRects()].map((r) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom }));
      for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
        const style = getComputedStyle(up);
        if (style.overflowX === "visible" && style.overflowY === "visible") continue;
        const clip = up.getBoundingClientRect();
        boxes = boxes.map((b) => ({ left: Math.max(b.left, clip.left), right: Math.min(b.right, clip.right), top: Math.max(b.top, clip.top), bottom: Math.min(b.bottom, clip.bottom) }));
      }
      return boxes.filter((b) => b.right - b.left > 1 && b.bottom - b.top > 1);
    };
    const rects = controls.map(drawn);
    for (let i = 0; i < controls.length; i++) {
      for (let j = i + 1; j < controls.length; j++) {
        const a = controls[i]!;
        const b = controls[j]!;
        if (a.contains(b) || b.contains(a)) continue;
        const overlap = rects[i]!.some((r) =>
          rects[j]!.some((s) => Math.min(r.right, s.right) - Math.max(r.left, s.left) > 1 && Math.min(r.bottom, s.bottom) - Math.max(r.top, s.top) > 1),
        );
        if (overlap) faults.push(`${name(a)} overlaps ${name(b)}`);
      }
    }
    return faults;
  });
}
