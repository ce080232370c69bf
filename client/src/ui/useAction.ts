import { useCallback, useRef, useState } from "react";
import { toApiError } from "../api/apiError";

export interface Action {
  /** Which action is under way ("accept", "reply"…), or null. */
  busy: string | null;
  /** The last failure, in the server's words (or the client's, when the server was not reached). */
  error: string | null;
  /**
   * Runs `work` as the action `name`, unless one is under way already; true when it succeeded. A failure is
   * kept in `error` for the UI to show, not thrown.
   */
  run(name: string, work: () => Promise<unknown>): Promise<boolean>;
  clearError(): void;
}

/**
 * The busy and error state of a component's actions on the server, in one place: buttons show "Accepting…" and
 * ignore repeat presses while their request is under way, and a failure is said in words.
 */
export function useAction(): Action {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  // A ref as well as state: two presses within one render must not both start.
  const running = useRef(false);

  const run = useCallback(async (name: string, work: () => Promise<unknown>) => {
    if (running.current) return false;
    running.current = true;
    setBusy(name);
    setError(null);
    try {
      await work();
      return true;
    } catch (failure) {
      setError(toApiError(failure).message);
      return false;
    } finally {
      running.current = false;
      setBusy(null);
    }
  }, []);
  const clearError = useCallback(() => setError(null), []);
  return { busy, error, run, clearError };
}
