import type { OutlineEntry } from "../../../../shared/api/review";
import type { Actor } from "../../../../shared/rights";
import { shortcut } from "../editor/toolbar/shortcuts";
import { sectionAnchor } from "./sectionAnchor";

// "Your sections": those a group of the reader's owns, whatever their status. Alt+Shift+Y (⌥⇧Y on a Mac: Y for
// "yours") goes to the next of them from wherever the reader is, round to the first after the last. Not taken by
// Tiptap, Chromium or Firefox (which uses Alt+Shift only with the access keys a page defines; we define none), nor
// by NVDA, JAWS or VoiceOver (their keys start with Insert, Caps Lock or Ctrl+Option); Alt+Shift+↓/↑ stay the
// margin's. `code` is read: with Alt held, some layouts report another `key`.

export const OWN_SECTION_KEYS = "Alt-Shift-y";
export const ownSectionShortcut = shortcut(OWN_SECTION_KEYS);

export const isOwnSectionShortcut = (event: Pick<KeyboardEvent, "altKey" | "shiftKey" | "ctrlKey" | "metaKey" | "code">): boolean =>
  event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === "KeyY";

export const isOwnSection = (actor: Actor, entry: Pick<OutlineEntry, "ownerGroup">): boolean => actor.groupIds.includes(entry.ownerGroup.id);

/** The own section after position `from` (an index into `sections`, -1 for "before the first"), round to the first. */
export function nextOwnSection<T extends Pick<OutlineEntry, "ownerGroup">>(sections: readonly T[], actor: Actor, from: number): T | null {
  for (let step = 1; step <= sections.length; step++) {
    const candidate = sections[(from + step + sections.length) % sections.length]!;
    if (isOwnSection(actor, candidate)) return candidate;
  }
  return null;
}

/** The index of the section the keyboard (or else the top of the window) is in; -1 above the first section. */
export function currentSectionIndex(sectionIds: readonly string[]): number {
  const active = document.activeElement?.closest("section.section");
  if (active) return sectionIds.findIndex((id) => sectionAnchor(id) === active.id);
  let index = -1;
  sectionIds.forEach((id, i) => {
    const element = document.getElementById(sectionAnchor(id));
    if (element && element.getBoundingClientRect().top <= 1) index = i;
  });
  return index;
}

/**
 * Puts the keyboard in a section's text, where the reader writes: its editor when it is shown, else its heading
 * (the text is still loading). The section is scrolled to first, so that an editor mounted on sight appears.
 */
export function enterSection(sectionId: string): void {
  const section = document.getElementById(sectionAnchor(sectionId));
  if (!section) return;
  section.scrollIntoView({ block: "start" });
  let frames = 0;
  const tryFocus = () => {
    const text = section.querySelector<HTMLElement>(".ProseMirror");
    if (text?.isContentEditable) text.focus({ preventScroll: true });
    // Locked (approved), or still no editor after two seconds: the heading, which says where the reader is.
    else if (text || ++frames >= 120) document.getElementById(`${sectionAnchor(sectionId)}-title`)?.focus({ preventScroll: true });
    else requestAnimationFrame(tryFocus);
  };
  tryFocus();
}
