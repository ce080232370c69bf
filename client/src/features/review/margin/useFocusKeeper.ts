import { useEffect, useRef, type RefObject } from "react";

/** The element that holds the keyboard, or the card it is in, as the DOM names it. */
const cardIdOf = (element: HTMLElement): string | null => (element.id || element.closest<HTMLElement>('[tabindex="-1"][id]')?.id) ?? null;

/**
 * Keeps the keyboard in the panel when the card it was on goes (its suggestion decided, here or by someone else;
 * its thread resolved): the next card takes it, else the one before, else `fallback`. Without this, focus would
 * fall back to the top of the page.
 *
 * A card that only moves keeps it: the margin reorders its cards once the text says where their words are, and a
 * thread whose words were deleted moves to the detached ones (`kept`). Moving a focused element drops its focus.
 */
export function useFocusKeeper(panelRef: RefObject<HTMLElement | null>, ids: readonly string[], fallback: RefObject<HTMLElement | null>, kept: readonly string[] = []): void {
  const focused = useRef<string | null>(null);
  const previous = useRef<readonly string[]>(ids);
  // What has the keyboard in the panel as this render starts, before React moves anything.
  const holder = useRef<HTMLElement | null>(null);
  const active = typeof document === "undefined" ? null : document.activeElement;
  holder.current = active instanceof HTMLElement && panelRef.current?.contains(active) ? active : null;

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
    const lost = !document.activeElement || document.activeElement === document.body;
    const held = holder.current;
    if (lost && held) {
      const id = cardIdOf(held);
      const stillOpen = gone !== null && (ids.includes(gone) || kept.includes(gone));
      const again = held.isConnected ? held : stillOpen && id ? document.getElementById(id) : null;
      if (again && panelRef.current?.contains(again)) {
        again.focus({ preventScroll: true });
        if (document.activeElement === again) return;
      }
    }
    if (gone === null || ids.includes(gone)) return;
    focused.current = null;
    if (!lost) return;
    const at = before.indexOf(gone);
    const neighbour = [...before.slice(at + 1), ...before.slice(0, Math.max(0, at)).reverse()].find((id) => ids.includes(id));
    const card = neighbour ? panelRef.current?.querySelector<HTMLElement>(`[data-margin-id="${CSS.escape(neighbour)}"] [tabindex="-1"]`) : null;
    if (card) card.focus({ preventScroll: true });
    else fallback.current?.focus();
  });
}
