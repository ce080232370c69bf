// What the browser benchmark runs inside the page. Each function is sent to the page as source (Playwright
// serialises it), so each stands alone: no imports, no outer variables.

/** What the readiness watch found, in ms since the navigation started (performance.now()). */
export interface LoadMarks {
  /** The first section's editor takes input and every section in the viewport shows its text. */
  interactiveMs: number | null;
  /** Every section has an editor (ProseMirror) on the page. */
  allEditorsMs: number | null;
  /** Sections with an editor when the page became interactive, and sections on the page. */
  editorsAtInteractive: number;
  sections: number;
  /** Long tasks (over 50 ms) before the page became interactive: their total and the longest. */
  longTasksMs: number;
  longestTaskMs: number;
}

declare global {
  interface Window {
    __benchMarks?: LoadMarks;
    __benchKeys?: number[];
    /** Stops the readiness watch (before typing is measured: its per-frame DOM queries would be measured too). */
    __benchStopWatch?: () => void;
  }
}

/**
 * Installed before the page's own scripts: checks every frame whether the page is interactive (see LoadMarks)
 * and whether every section has its editor, and records long tasks.
 */
export function watchReadiness(): void {
  const marks: LoadMarks = { interactiveMs: null, allEditorsMs: null, editorsAtInteractive: 0, sections: 0, longTasksMs: 0, longestTaskMs: 0 };
  window.__benchMarks = marks;
  let watching = true;
  window.__benchStopWatch = () => (watching = false);
  const tasks: PerformanceEntry[] = [];
  new PerformanceObserver((list) => tasks.push(...list.getEntries())).observe({ type: "longtask", buffered: true });
  const visibleShowText = (sections: NodeListOf<Element>) => {
    for (const section of sections) {
      const box = section.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= window.innerHeight) continue;
      const text = section.querySelector(".section__text")?.textContent ?? "";
      if (text.trim() === "") return false;
    }
    return true;
  };
  const check = () => {
    const now = performance.now();
    const sections = document.querySelectorAll("section.section");
    const editors = document.querySelectorAll("section.section .ProseMirror").length;
    marks.sections = sections.length;
    if (marks.interactiveMs === null && sections.length > 0) {
      const first = sections[0]!.querySelector(".ProseMirror");
      if (first?.getAttribute("contenteditable") === "true" && (first.textContent ?? "").trim() !== "" && visibleShowText(sections)) {
        marks.interactiveMs = now;
        marks.editorsAtInteractive = editors;
        const before = tasks.filter((task) => task.startTime < now);
        marks.longTasksMs = before.reduce((sum, task) => sum + task.duration, 0);
        marks.longestTaskMs = Math.max(0, ...before.map((task) => task.duration));
      }
    }
    if (marks.allEditorsMs === null && sections.length > 0 && editors === sections.length) marks.allEditorsMs = now;
    if (watching && (marks.interactiveMs === null || marks.allEditorsMs === null)) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * Key press → paint: from the keydown's timestamp to the first moment after the frame that follows its input
 * event (a task posted from that frame's requestAnimationFrame runs after the frame is painted).
 */
export function measureKeys(): void {
  const latencies: number[] = [];
  window.__benchKeys = latencies;
  let pressedAt: number | null = null;
  document.addEventListener("keydown", (event) => (pressedAt = event.timeStamp), true);
  document.addEventListener(
    "input",
    () => {
      if (pressedAt === null) return;
      const start = pressedAt;
      pressedAt = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => latencies.push(performance.now() - start);
        channel.port2.postMessage(null);
      });
    },
    true,
  );
}

/**
 * One of the functions above as a script for the page. tsx compiles with esbuild's keepNames, which wraps named
 * functions in a `__name` helper that exists only in Node: the script brings a stand-in.
 */
export const pageScript = (fn: () => void): string => `(() => { const __name = (f) => f; (${fn.toString()})(); })();`;
