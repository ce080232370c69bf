import { useEffect, useLayoutEffect, useRef, type RefObject } from "react";

/** The controls of a section that share its one Tab stop (mode, comment, propose, review, the margin's toggle). */
export const SECTION_CONTROL = "data-section-control";
/** Spread on each such control. */
export const sectionControl = { [SECTION_CONTROL]: "" } as const;

const MOVES: Record<string, "next" | "previous" | "first" | "last"> = { ArrowRight: "next", ArrowDown: "next", ArrowLeft: "previous", ArrowUp: "previous", Home: "first", End: "last" };

function controlsIn(section: HTMLElement): HTMLElement[] {
  // Shown ones only (a folded margin's content is not).
  return [...section.querySelectorAll<HTMLElement>(`[${SECTION_CONTROL}]`)].filter((element) => (element.closest("label") ?? element).getClientRects().length > 0);
}

/**
 * A section's controls are one Tab stop, so that a keyboard passes a section it only reads in one press: the
 * control used last (or the first) takes Tab, the arrow keys, Home and End move between them (the WAI-ARIA
 * toolbar pattern, over controls spread through the section; on the mode's radios Up and Down choose). The text, the editing toolbar and what an open
 * margin holds keep their own stops.
 */
export function useSectionRoving(sectionRef: RefObject<HTMLElement | null>): void {
  /** The control the reader last went to; until then (or once it is gone), the first. */
  const chosen = useRef<HTMLElement | null>(null);

  const apply = () => {
    const section = sectionRef.current;
    if (!section) return;
    const controls = controlsIn(section);
    const current = chosen.current && controls.includes(chosen.current) ? chosen.current : (controls[0] ?? null);
    for (const control of controls) control.tabIndex = control === current ? 0 : -1;
  };

  // After every render of the section (modes, buttons and the margin come and go with it).
  useLayoutEffect(apply);

  useEffect(() => {
    const section = sectionRef.current;
    if (!section) return;
    const onFocusIn = (event: FocusEvent) => {
      const target = event.target instanceof HTMLElement ? event.target.closest<HTMLElement>(`[${SECTION_CONTROL}]`) : null;
      if (target) chosen.current = target;
      apply();
    };
    const onKeyDown = (event: KeyboardEvent) => {
      const move = MOVES[event.key];
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (!move || !target?.hasAttribute(SECTION_CONTROL) || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
      const controls = controlsIn(section);
      const index = controls.indexOf(target);
      if (index === -1) return;
      // On the mode's radios, Up and Down choose as radios do; Left and Right move on without choosing, and Space
      // chooses (the WAI-ARIA toolbar example's radio group), so passing the mode never changes it.
      if (target instanceof HTMLInputElement && target.type === "radio" && (event.key === "ArrowUp" || event.key === "ArrowDown")) return;
      const next = { next: index + 1, previous: index - 1, first: 0, last: controls.length - 1 }[move];
      event.preventDefault();
      const element = controls[(next + controls.length) % controls.length]!;
      chosen.current = element;
      apply();
      element.focus();
    };
    section.addEventListener("focusin", onFocusIn);
    section.addEventListener("keydown", onKeyDown);
    // Controls also come and go inside the section's parts (the editor's bars appear once it is made); the text's
    // own changes (every keystroke) are not looked at.
    const observer = new MutationObserver((mutations) => {
      if (mutations.some((mutation) => !(mutation.target instanceof Element && mutation.target.closest(".ProseMirror")))) apply();
    });
    observer.observe(section, { childList: true, subtree: true });
    return () => {
      observer.disconnect();
      section.removeEventListener("focusin", onFocusIn);
      section.removeEventListener("keydown", onKeyDown);
    };
  }, []);
}
