import { useEffect, useRef, type ReactNode } from "react";
import { useLocation } from "wouter";
import { AppHeader } from "./AppHeader";
import { SkipLink } from "./SkipLink";
import { SiteFooter } from "./SiteFooter";
import { InboxProvider } from "../inbox/InboxContext";

/**
 * Header, skip link and the main landmark. After an in-app navigation, focus moves to the top of the new page
 * so keyboard and screen reader users start there, as they would after a full page load.
 */
export function SignedInLayout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  const main = useRef<HTMLElement>(null);
  const previous = useRef(location);

  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    main.current?.focus();
    window.scrollTo(0, 0);
  }, [location]);

  return (
    <InboxProvider>
      <SkipLink />
      <AppHeader />
      <main id="main" ref={main} tabIndex={-1} className="page">
        {children}
      </main>
      <SiteFooter />
    </InboxProvider>
  );
}
