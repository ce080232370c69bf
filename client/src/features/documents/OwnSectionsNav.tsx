import type { MouseEvent } from "react";
import type { OutlineEntry } from "../../../../shared/api/review";
import { sectionAnchor } from "./sectionAnchor";
import { enterSection, ownSectionShortcut } from "./ownSections";
import { useRichT, useT } from "../../i18n/useLocale";

/** At most this many links; the rest are marked "Your group" in the contents and reached with the shortcut. */
const SHOWN = 3;

/**
 * The way to the reader's own sections, early in the page for the keyboard: each link puts the keyboard straight
 * into the section's text. Says the shortcut that goes to the next one from anywhere.
 */
export function OwnSectionsNav({ sections, numbers }: { sections: readonly OutlineEntry[]; numbers: ReadonlyMap<string, number> }) {
  const t = useT();
  const rich = useRichT();
  if (sections.length === 0) return null;
  const go = (event: MouseEvent, id: string) => {
    event.preventDefault();
    window.history.replaceState(null, "", `#${sectionAnchor(id)}`);
    enterSection(id);
  };
  return (
    <nav className="own-sections" aria-label={t("documents.own.nav")}>
      <span className="own-sections__label" aria-hidden="true">
        {t("documents.own.label", { count: sections.length })}
      </span>
      <ul className="own-sections__list">
        {sections.slice(0, SHOWN).map((section) => (
          <li key={section.id}>
            <a className="own-sections__link" href={`#${sectionAnchor(section.id)}`} onClick={(event) => go(event, section.id)} aria-keyshortcuts={ownSectionShortcut.aria}>
              <span className="visually-hidden">{t("documents.own.writeIn")} </span>
              {numbers.get(section.id)}. <bdi>{section.title}</bdi>
            </a>
          </li>
        ))}
      </ul>
      <span className="own-sections__hint">
        {rich("documents.own.next", { key: <kbd key="key">{ownSectionShortcut.label}</kbd> })}
        <span className="visually-hidden"> {t("documents.own.nextMore")}</span>
      </span>
    </nav>
  );
}
