import { LanguageMenu } from "./LanguageMenu";

/** The top of a page on its own (SoloPage): the language menu over the card's end edge, as wide as the card. */
export function LanguageBar({ width }: { width: "narrow" | "wide" | "reading" }) {
  return (
    <header className={`solo-page__bar solo-page__bar--${width}`}>
      <LanguageMenu onDark />
    </header>
  );
}
