import type { ReactNode } from "react";
import { Wordmark } from "../../ui/Wordmark";
import { SiteFooter } from "./SiteFooter";
import { LanguageBar } from "../language/LanguageBar";

const WIDTHS = { narrow: "", wide: " solo-page__card--wide", reading: " solo-page__card--reading" } as const;

/**
 * A page on its own, outside the signed-in layout (sign-in, invitation, share link, the accessibility statement,
 * start-up): the language menu, the wordmark on a card, the page's content, and the site footer under it.
 */
export function SoloPage({
  width = "narrow",
  className,
  brandIsHeading = false,
  tagline,
  children,
}: {
  width?: keyof typeof WIDTHS;
  className?: string;
  /** Start-up has no title of its own: the wordmark is the page's heading. */
  brandIsHeading?: boolean;
  tagline?: string;
  children: ReactNode;
}) {
  const Brand = brandIsHeading ? "h1" : "div";
  return (
    <div className="solo-page">
      <LanguageBar width={width} />
      <main id="main" className={`solo-page__card${WIDTHS[width]} card${className ? ` ${className}` : ""}`}>
        <Brand className="solo-page__brand">
          <Wordmark size="large" />
          {tagline && <p className="solo-page__tagline">{tagline}</p>}
        </Brand>
        {children}
      </main>
      <SiteFooter />
    </div>
  );
}
