import type { RefObject } from "react";
import { useRichT } from "../../i18n/useLocale";
import { hidden } from "../../i18n/tags";

interface Props {
  message: string | null;
  onDismiss(): void;
  ref?: RefObject<HTMLDivElement | null>;
}

/**
 * Says, politely, that a section locked (or unlocked) while the page was open: the editor someone was typing in
 * has just turned read-only under them. The region is always in the page so screen readers hear what appears.
 */
export function LockNotice({ message, onDismiss, ref }: Props) {
  const rich = useRichT();
  return (
    <div ref={ref} className={message ? "lock-notice" : "lock-notice lock-notice--empty"} role="status" aria-live="polite" tabIndex={message ? -1 : undefined}>
      {message && (
        <>
          <svg className="lock-notice__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
            <path d="M5.5 7V5a2.5 2.5 0 015 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </svg>
          <p className="lock-notice__text">{message}</p>
          <button type="button" className="button button--link" onClick={onDismiss}>
            {rich("review.lock.dismiss", { hidden })}
          </button>
        </>
      )}
    </div>
  );
}
