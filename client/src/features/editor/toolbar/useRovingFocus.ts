import { useCallback, useRef, useState, type KeyboardEvent } from "react";

export interface RovingFocus {
  tabIndexOf(id: string): 0 | -1;
  refFor(id: string): (element: HTMLButtonElement | null) => void;
  onKeyDown(event: KeyboardEvent): void;
  /** Remember the item that got focus (by click or Tab), so Tab comes back to it. */
  onItemFocus(id: string): void;
  focus(id: string): void;
}

/**
 * A toolbar is one Tab stop: the item last used has tabIndex 0, the others -1; arrow keys, Home and End move
 * between items (WAI-ARIA toolbar pattern). Items may come and go (the table tools); focus then falls back
 * to the first.
 */
export function useRovingFocus(ids: readonly string[]): RovingFocus {
  const [active, setActive] = useState<string | null>(null);
  const current = active !== null && ids.includes(active) ? active : (ids[0] ?? null);
  const elements = useRef(new Map<string, HTMLButtonElement>());
  const refs = useRef(new Map<string, (element: HTMLButtonElement | null) => void>());

  const refFor = useCallback((id: string) => {
    let ref = refs.current.get(id);
    if (!ref) {
      ref = (element) => {
        if (element) elements.current.set(id, element);
        else elements.current.delete(id);
      };
      refs.current.set(id, ref);
    }
    return ref;
  }, []);

  const focus = useCallback((id: string) => {
    setActive(id);
    elements.current.get(id)?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (ids.length === 0 || current === null) return;
    const index = ids.indexOf(current);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: ids.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    focus(ids[(target + ids.length) % ids.length]!);
  };

  return {
    tabIndexOf: (id) => (id === current ? 0 : -1),
    refFor,
    onKeyDown,
    onItemFocus: setActive,
    focus,
  };
}
