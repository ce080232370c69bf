import { useEffect, useRef, type RefObject } from "react";

/**
 * Keeps the keyboard in the panel when the card it was on goes (its suggestion decided, here or by someone else;
 * its thread resolved): the next card takes it, else the one before, else `fallback`. Without this, focus would
 * fall back to the top of the page.
 */
export function useFocusKeeper(panelRef: RefObject<HTMLElement | null>, ids: readonly string[], fallback: RefObject<HTMLElement | null>): void {
  const focused = useRef<string | null>(null);
  const previous = useRef<readonly string[]>(ids);

  useEffect(() => {
    const panel = panelRef.current;
    if (!panel) return;
    const track = (event: FocusEvent) => {
      const card = event.target instanceof Element ? event.target.closest<HTMLElement>("[data-margin-id]") : null;
      focused.current = card?.dataset.marginId ?? null;
    };
    panel.addEventListener("focusin", track);
    return () => panel.removeEventListener("focusin", track);
  }, [panelRef]);

  useEffect(() => {
    const gone = focused.current;
    const before = previous.current;
    previous.current = ids;
    if (gone === null || ids.includes(gone)) return;
    focused.current = null;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (!lost) return;
    const at = before.indexOf(gone);
    const neighbour = [...before.slice(at + 1), ...before.slice(0, Math.max(0, at)).reverse()].find((id) => ids.includes(id));
    const card = neighbour ? panelRef.current?.querySelector<HTMLElement>(`[data-margin-id="${CSS.escape(neighbour)}"] [tabindex="-1"]`) : null;
    if (card) card.focus({ preventScroll: true });
    else fallback.current?.focus();
  });
}
