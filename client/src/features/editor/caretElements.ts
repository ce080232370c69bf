import type { DecorationAttrs } from "@tiptap/pm/view";

const SAFE_COLOR = /^#[0-9a-fA-F]{6}$/;
const FALLBACK_COLOR = "#4b5563";

interface CaretUser {
  name?: unknown;
  color?: unknown;
}

const colorOf = (user: CaretUser): string => (typeof user.color === "string" && SAFE_COLOR.test(user.color) ? user.color : FALLBACK_COLOR);
const nameOf = (user: CaretUser, someone: string): string => (typeof user.name === "string" && user.name.trim() ? user.name : someone);

/**
 * Another person's caret: a coloured bar with their name above it, white on their colour (every presence colour
 * is dark enough for that). Hidden from assistive technology: the presence list says who is where, and a name
 * read out in the middle of a sentence would only confuse. `someone` stands for a name not given.
 */
export function caretElement(user: CaretUser, someone: string): HTMLElement {
  const color = colorOf(user);
  const caret = document.createElement("span");
  caret.className = "collab-caret";
  caret.setAttribute("aria-hidden", "true");
  caret.style.borderColor = color;
  const label = document.createElement("span");
  label.className = "collab-caret__label";
  label.style.backgroundColor = color;
  label.textContent = nameOf(user, someone);
  // Word joiners keep the caret from opening a line break of its own.
  caret.append("\u2060", label, "\u2060");
  return caret;
}

/** Another person's selection: their colour, light enough to read the text through. */
export function selectionAttrs(user: CaretUser): DecorationAttrs {
  return { class: "collab-selection", style: `background-color: ${colorOf(user)}33` };
}
