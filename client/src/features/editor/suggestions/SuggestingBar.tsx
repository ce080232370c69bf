import type { MouseEvent, ReactNode } from "react";
import { amendShortcut, commentShortcut } from "../reviewShortcuts";
import { sectionControl } from "../../documents/useSectionRoving";
import { useT } from "../../../i18n/useLocale";

interface Props {
  sectionTitle: string;
  /** Why the last change was not made (it cannot be a suggestion), or null. */
  blocked: string | null;
  onComment(): void;
  onPropose(): void;
  /** The connection's state, as the editing toolbar shows it. */
  note: ReactNode;
}

/**
 * Above a section the reader is suggesting in: what happens to their typing, the comment and amendment actions,
 * and, when a change could not be made as a suggestion, why (announced, since the keystroke did nothing).
 */
export function SuggestingBar({ sectionTitle, blocked, onComment, onPropose, note }: Props) {
  const t = useT();
  const keep = (event: MouseEvent) => event.preventDefault();
  return (
    <div className="suggesting-bar">
      <p className="suggesting-bar__what">
        <svg className="suggesting-bar__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M2 13h12M4 10l6.5-6.5 2 2L6 12H4z" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        </svg>
        {t("editor.suggesting.what")}
      </p>
      <div className="suggesting-bar__actions" role="group" aria-label={t("editor.actions.label", { title: sectionTitle })}>
        <button {...sectionControl} type="button" className="button button--secondary button--small" aria-keyshortcuts={commentShortcut.aria} onMouseDown={keep} onClick={onComment}>
          {t("editor.actions.comment")}
        </button>
        <button {...sectionControl} type="button" className="button button--secondary button--small" aria-keyshortcuts={amendShortcut.aria} onMouseDown={keep} onClick={onPropose}>
          {t("editor.actions.propose")}
        </button>
        {note}
      </div>
      <p className="suggesting-bar__blocked" role="status">
        {blocked}
      </p>
    </div>
  );
}
