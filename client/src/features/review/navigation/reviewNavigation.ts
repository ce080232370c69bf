import { shortcut, type Shortcut } from "../../editor/toolbar/shortcuts";

// Next and previous comment, suggestion or amendment, through the whole document in the order of the text.
// Alt+Shift+↓/↑ (on a Mac ⌘⌥↓/↑, as ⌥⇧↓/↑ selects to the end of the paragraph there). Neither is taken by the
// editor (Tiptap and ProseMirror bind no Alt+Shift or Mod+Alt arrows), by Chromium or Firefox, or by NVDA, JAWS
// or VoiceOver, whose own keys start with Insert, Caps Lock or Ctrl+Option; Alt+Shift alone, which switches the
// keyboard layout on Windows, does nothing once an arrow is pressed with it.

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export const NEXT_KEYS = isMac ? "Mod-Alt-ArrowDown" : "Alt-Shift-ArrowDown";
export const PREVIOUS_KEYS = isMac ? "Mod-Alt-ArrowUp" : "Alt-Shift-ArrowUp";

const arrows: Record<string, string> = { ARROWDOWN: "↓", ARROWUP: "↑" };
const readable = (keys: string): Shortcut => {
  const { label, aria } = shortcut(keys);
  return { label: label.replace(/ARROW(DOWN|UP)$/, (name) => arrows[name]!), aria: aria.replace(/ARROW(DOWN|UP)$/, (name) => (name === "ARROWDOWN" ? "ArrowDown" : "ArrowUp")) };
};
export const nextShortcut = readable(NEXT_KEYS);
export const previousShortcut = readable(PREVIOUS_KEYS);

type KeyFacts = Pick<KeyboardEvent, "key" | "altKey" | "shiftKey" | "ctrlKey" | "metaKey">;

/** 1 for "next", -1 for "previous", 0 for any other key. Both spellings work on every system. */
export function navigationStep(event: KeyFacts): 1 | -1 | 0 {
  const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
  if (step === 0 || !event.altKey || event.ctrlKey) return 0;
  const pc = event.shiftKey && !event.metaKey;
  const mac = event.metaKey && !event.shiftKey;
  return pc || mac ? step : 0;
}

/**
 * The index to go to in a list of `count` things in text order, when `before` of them lie before the reader (for
 * "next", those that start before; for "previous", those that end before). Null at either end: nothing wraps
 * round, so the reader knows they reached the end.
 */
export function stepIndex(count: number, step: 1 | -1, before: number): number | null {
  const target = step === 1 ? before : before - 1;
  return target >= 0 && target < count ? target : null;
}
