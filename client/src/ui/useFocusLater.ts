import { useCallback, useEffect, useState } from "react";

/**
 * Moves keyboard focus to an element by id once React has rendered it. For when the focused control is about to
 * disappear (a removed row, a deleted item) and focus would otherwise fall back to the top of the page.
 */
export function useFocusLater(): (elementId: string) => void {
  const [target, setTarget] = useState<string | null>(null);
  useEffect(() => {
    if (target === null) return;
    document.getElementById(target)?.focus();
    setTarget(null);
  });
  return useCallback((elementId: string) => setTarget(elementId), []);
}
