// Which sections of the document page have their editor. An editor (Tiptap, bound to the shared Y.Doc) costs tens
// of milliseconds to create for a page of text; a 240-page paper with every editor mounted at load took seconds to
// become usable. So a section gets its editor as it comes within a viewport of the screen (and at once when it is
// asked for: a link to it or to one of its threads, the keyboard arriving in it), and keeps it. A short paper
// mounts the rest too, one editor at a time when the page is idle, nearest first: its editors cost little.

/** How far from the viewport a section gets its editor: a viewport above and below. */
const NEAR = "100% 0px 100% 0px";

export interface SectionMounter {
  /** Calls `mount` once, when the section should get its editor; returns the way to stop watching it. */
  observe(element: Element, mount: () => void): () => void;
  /** Whether sections far from the viewport get their editor in idle time too. */
  setBackground(enabled: boolean): void;
  dispose(): void;
}

const idle = (callback: () => void): (() => void) => {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 50);
  return () => window.clearTimeout(handle);
};

export function createSectionMounter(): SectionMounter {
  const waiting = new Map<Element, () => void>();
  let background = false;
  let cancelIdle: (() => void) | null = null;

  const mount = (element: Element) => {
    const callback = waiting.get(element);
    if (!callback) return;
    waiting.delete(element);
    observer.unobserve(element);
    callback();
  };
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) if (entry.isIntersecting) mount(entry.target);
    },
    { rootMargin: NEAR },
  );

  const distance = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.bottom < 0 ? -box.bottom : Math.max(0, box.top - window.innerHeight);
  };
  // One editor per idle period, the nearest waiting section first.
  const scheduleNext = () => {
    if (!background || cancelIdle || waiting.size === 0) return;
    cancelIdle = idle(() => {
      cancelIdle = null;
      const nearest = [...waiting.keys()].sort((a, b) => distance(a) - distance(b))[0];
      if (nearest) mount(nearest);
      scheduleNext();
    });
  };

  return {
    observe(element, callback) {
      waiting.set(element, callback);
      observer.observe(element);
      scheduleNext();
      return () => {
        waiting.delete(element);
        observer.unobserve(element);
      };
    },
    setBackground(enabled) {
      background = enabled;
      if (enabled) scheduleNext();
      else {
        cancelIdle?.();
        cancelIdle = null;
      }
    },
    dispose() {
      cancelIdle?.();
      observer.disconnect();
      waiting.clear();
    },
  };
}
