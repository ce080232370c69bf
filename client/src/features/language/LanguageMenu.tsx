import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent } from "react";
import { LANGUAGE_TAGS, LOCALES, NATIVE_NAMES, type Locale } from "../../../../shared/i18n/locales";
import { useLocale, useT } from "../../i18n/useLocale";

/**
 * The six languages, each named in itself, behind one button ("Language: English"): a disclosure, so Tab reaches
 * the choices right after the button, Escape closes it and gives focus back, and the current one is marked.
 */
export function LanguageMenu({ onDark = false }: { onDark?: boolean }) {
  const { locale, choose } = useLocale();
  const t = useT();
  const [open, setOpen] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const listId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const outside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener("pointerdown", outside);
    return () => document.removeEventListener("pointerdown", outside);
  }, [open]);

  function onKeyDown(event: KeyboardEvent) {
    if (event.key !== "Escape" || !open) return;
    event.stopPropagation();
    setOpen(false);
    button.current?.focus();
  }

  function onBlur(event: FocusEvent) {
    if (event.relatedTarget instanceof Node && root.current?.contains(event.relatedTarget)) return;
    if (event.relatedTarget !== null) setOpen(false);
  }

  function pick(next: Locale) {
    setOpen(false);
    setFailure(null);
    button.current?.focus();
    if (next === locale) return;
    choose(next).catch(() => setFailure(t("language.saveFailed")));
  }

  return (
    <div className={onDark ? "language-menu language-menu--on-dark" : "language-menu"} ref={root} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        ref={button}
        type="button"
        className="language-menu__button"
        aria-expanded={open}
        aria-controls={listId}
        aria-label={t("language.current", { name: NATIVE_NAMES[locale] })}
        onClick={() => setOpen((was) => !was)}
      >
        <GlobeIcon />
        <span lang={LANGUAGE_TAGS[locale]}>{NATIVE_NAMES[locale]}</span>
      </button>
      <ul id={listId} className="language-menu__list" aria-label={t("language.list")} hidden={!open}>
        {LOCALES.map((option) => (
          <li key={option}>
            <button
              type="button"
              className="language-menu__option"
              lang={LANGUAGE_TAGS[option]}
              aria-current={option === locale ? "true" : undefined}
              onClick={() => pick(option)}
            >
              {NATIVE_NAMES[option]}
            </button>
          </li>
        ))}
      </ul>
      {failure && (
        <p className="language-menu__error" role="alert">
          {failure}
        </p>
      )}
    </div>
  );
}

/** Decorative: the button's name says what it is. */
function GlobeIcon() {
  return (
    <svg className="language-menu__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.4" />
      <path d="M1.5 8h13M8 1.5c-2.2 2.4-2.2 10.6 0 13M8 1.5c2.2 2.4 2.2 10.6 0 13" fill="none" stroke="currentColor" strokeWidth="1.2" />
    </svg>
  );
}
