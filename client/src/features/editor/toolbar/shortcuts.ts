// Keyboard shortcuts as Tiptap binds them ("Mod" is Cmd on a Mac, Ctrl elsewhere), in two spellings: the one
// people read in a tooltip, and the one aria-keyshortcuts wants.

const isMac = typeof navigator !== "undefined" && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

export interface Shortcut {
  /** For people: "Ctrl+B", or "⌘B" on a Mac. */
  label: string;
  /** For aria-keyshortcuts: "Control+B" or "Meta+B". */
  aria: string;
}

/** `keys` like "Mod-Shift-8", the way Tiptap writes them. */
export function shortcut(keys: string): Shortcut {
  const parts = keys.split("-");
  const key = parts.pop()!.toUpperCase();
  const mods = parts.map((mod) => (mod === "Mod" ? (isMac ? "Meta" : "Control") : mod));
  const symbols: Record<string, string> = { Meta: "⌘", Control: "Ctrl+", Shift: isMac ? "⇧" : "Shift+", Alt: isMac ? "⌥" : "Alt+" };
  return {
    label: mods.map((mod) => symbols[mod] ?? `${mod}+`).join("") + key,
    aria: [...mods, key].join("+"),
  };
}
