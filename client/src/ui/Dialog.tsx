import { useEffect, useId, useRef, type ReactNode } from "react";
import { createPortal } from "react-dom";
import { useT } from "../i18n/useLocale";

interface Props {
  title: string;
  /** A line under the title saying what the dialog is for. */
  description?: string;
  onClose(): void;
  children: ReactNode;
  /**
   * Where focus goes when the dialog closes: the control that opened it, by default. A function is asked at
   * closing time (after a deletion, say, when the opener is gone). Without one (or when it gives null), the opener
   * gets focus back unless something else has taken it since.
   */
  returnFocusTo?: HTMLElement | null | (() => HTMLElement | null);
  /** "small" for a single field (a footnote): the dialog stays close to the size of what it asks. */
  size?: "small";
}

/**
 * A modal dialog on the native <dialog> element: the browser keeps focus inside it, makes the page behind it
 * inert, and closes it with Escape. Focus goes back where it was when it closes. Rendered only while open.
 */
export function Dialog({ title, description, onClose, children, returnFocusTo, size }: Props) {
  const t = useT();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // showModal focuses the first focusable element (the close button) after React's autoFocus ran: a dialog
    // starts where it says (`data-autofocus`, e.g. the safe choice of a confirmation), else in its first field.
    const start =
      dialog.querySelector<HTMLElement>("[data-autofocus]") ??
      dialog.querySelector<HTMLElement>("input:not([type=hidden]):not([disabled]):not([readonly]), textarea:not([disabled]):not([readonly]), select:not([disabled])");
    start?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      latestClose.current();
    };
    dialog.addEventListener("cancel", onCancel);
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      if (dialog.open) dialog.close();
      // After React has removed the dialog: focus the opener if it is still in the page.
      requestAnimationFrame(() => {
        const explicit = typeof returnFocusTo === "function" ? returnFocusTo() : returnFocusTo;
        // Something else took the keyboard on purpose (what the dialog just created): leave it there.
        const lost = !document.activeElement || document.activeElement === document.body;
        if (!explicit && !lost) return;
        const target = explicit ?? opener;
        if (target?.isConnected) target.focus();
      });
    };
    // Opened once per mount; the opener is whatever had focus then.
  }, []);

  // In the body, not where it was opened: it belongs to no section of the page behind it.
  return createPortal(
    <dialog ref={ref} className={size ? `dialog dialog--${size}` : "dialog"} aria-labelledby={titleId} aria-describedby={description ? descriptionId : undefined}>
      <div className="dialog__header">
        <h2 className="dialog__title" id={titleId}>
          {title}
        </h2>
        <button type="button" className="dialog__close" aria-label={t("common.close")} onClick={() => latestClose.current()}>
          <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M3.5 3.5l9 9M12.5 3.5l-9 9" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
          </svg>
        </button>
      </div>
      {description && (
        <p className="dialog__description" id={descriptionId}>
          {description}
        </p>
      )}
      {children}
    </dialog>,
    document.body,
  );
}
