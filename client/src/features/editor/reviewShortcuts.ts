import { shortcut } from "./toolbar/shortcuts";

// Ctrl+Alt+M comments on the selection (as in other editors); Ctrl+Alt+A proposes an amendment to it, in
// sections the reader may not edit. `code` is checked too: with Alt held some layouts report another `key`.

export const COMMENT_KEYS = "Mod-Alt-m";
export const AMEND_KEYS = "Mod-Alt-a";

const matches = (event: KeyboardEvent, letter: string) =>
  (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && (event.key.toLowerCase() === letter || event.code === `Key${letter.toUpperCase()}`);

export const isCommentShortcut = (event: KeyboardEvent): boolean => matches(event, "m");
export const isAmendShortcut = (event: KeyboardEvent): boolean => matches(event, "a");

export const commentShortcut = shortcut(COMMENT_KEYS);
export const amendShortcut = shortcut(AMEND_KEYS);
