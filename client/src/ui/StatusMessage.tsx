import type { ReactNode } from "react";

/**
 * A polite live region that is always in the page, so that confirmations placed into it ("Role changed") are
 * read out without moving focus.
 */
export function StatusMessage({ message }: { message: ReactNode }) {
  return (
    <p className={message ? "status-message status-message--visible" : "status-message"} role="status" aria-live="polite">
      {message}
    </p>
  );
}
