/**
 * Keeps an element that a link brought the reader to in view while the page settles around it: sections above it
 * mount their editors and grow, the margin places its cards beside their words once the text is drawn. It lets go
 * as soon as the reader does anything (scrolls, presses a key, touches or clicks) or the keyboard leaves the
 * element, so it never fights the reader. Returns the function that lets go.
 */
export function keepInView(element: HTMLElement): () => void {
  let frame = 0;
  const check = () => {
    frame = 0;
    if (!element.isConnected || !element.contains(document.activeElement)) return stop();
    const box = element.getBoundingClientRect();
    const tall = box.height > window.innerHeight;
    if (box.top < 0 || (!tall && box.bottom > window.innerHeight)) element.scrollIntoView({ block: tall ? "start" : "center" });
  };
  const schedule = () => {
    if (frame === 0) frame = requestAnimationFrame(check);
  };
  const resized = new ResizeObserver(schedule);
  resized.observe(document.body);
  resized.observe(element);
  // The margin moves a card by its style (top); the text around it changes by its children.
  const moved = new MutationObserver(schedule);
  moved.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ["style"] });
  const READER = ["wheel", "touchstart", "pointerdown", "keydown"] as const;
  function stop() {
    resized.disconnect();
    moved.disconnect();
    if (frame !== 0) cancelAnimationFrame(frame);
    for (const type of READER) window.removeEventListener(type, stop, true);
  }
  for (const type of READER) window.addEventListener(type, stop, true);
  schedule();
  return stop;
}
