import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from "react";
import { useLocation } from "wouter";
import { api, unwrap } from "../../api/client";

export interface InboxState {
  /** Unread notifications; null until first known. */
  unread: number | null;
  refresh(): void;
  setUnread(unread: number): void;
}

export const InboxContext = createContext<InboxState | null>(null);

/** How often the header asks for the unread count while the app is open. */
const POLL_MS = 30_000;

/** The unread count for the header badge: asked every 30 seconds and on every navigation. */
export function InboxProvider({ children }: { children: ReactNode }) {
  const [unread, setUnread] = useState<number | null>(null);
  const [asked, setAsked] = useState(0);
  const [location] = useLocation();
  const refresh = useCallback(() => setAsked((n) => n + 1), []);

  useEffect(() => {
    let current = true;
    unwrap(api.api.inbox.$get())
      .then((body) => current && setUnread(body.unread))
      // A failed count keeps the last one shown: the badge is a convenience, the inbox page says what failed.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [location, asked]);

  useEffect(() => {
    const timer = setInterval(refresh, POLL_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const value = useMemo(() => ({ unread, refresh, setUnread }), [unread, refresh]);
  return <InboxContext value={value}>{children}</InboxContext>;
}
