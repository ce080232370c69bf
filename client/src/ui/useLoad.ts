import { use, useCallback, useEffect, useRef, useState, type DependencyList } from "react";
import { toApiError, type ApiError } from "../api/apiError";
import { LocaleContext } from "../i18n/LocaleContext";

export type Loadable<T> =
  | { status: "loading" }
  | { status: "error"; error: ApiError }
  | { status: "ready"; data: T };

export interface LoadResult<T> {
  state: Loadable<T>;
  /** Load again; what is on screen stays there until the fresh answer arrives. */
  reload(): void;
  /** Replace the loaded data after a change the server confirmed, without a round trip. */
  replace(data: T): void;
}

const sameDeps = (a: DependencyList, b: DependencyList): boolean =>
  a.length === b.length && a.every((value, index) => Object.is(value, b[index]));

/**
 * Loads data for a page; a newer load (new deps, reload) wins over an older one still in flight. A change of the
 * interface's language loads again, keeping what is shown until then: the server writes some of its words (names
 * it gives versions, activity) in the reader's language.
 */
export function useLoad<T>(load: () => Promise<T>, deps: DependencyList): LoadResult<T> {
  const locale = use(LocaleContext)?.locale;
  const [state, setState] = useState<Loadable<T>>({ status: "loading" });
  const [attempt, setAttempt] = useState(0);
  const loadedFor = useRef<DependencyList | null>(null);

  useEffect(() => {
    let current = true;
    // Different deps (another document, say) must not show the previous one's data while loading.
    if (loadedFor.current === null || !sameDeps(loadedFor.current, deps)) setState({ status: "loading" });
    loadedFor.current = deps;
    load()
      .then((data) => current && setState({ status: "ready", data }))
      .catch((error: unknown) => current && setState({ status: "error", error: toApiError(error) }));
    return () => {
      current = false;
    };
    // `load` is a new closure every render; the caller's deps say when it really changes.
  }, [...deps, attempt, locale]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((data: T) => setState({ status: "ready", data }), []);
  return { state, reload, replace };
}
