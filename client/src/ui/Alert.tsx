import type { ReactNode } from "react";

/** An error the user must notice, announced as soon as it appears. */
export function Alert({ title, children }: { title?: string; children: ReactNode }) {
  return (
    <div className="alert alert--error" role="alert">
      <svg className="alert__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <circle cx="10" cy="10" r="9" fill="currentColor" />
        <rect x="9" y="4.5" width="2" height="7" rx="1" fill="#fff" />
        <circle cx="10" cy="14.5" r="1.25" fill="#fff" />
      </svg>
      <div>
        {title && <p className="alert__title">{title}</p>}
        <div className="alert__body">{children}</div>
      </div>
    </div>
  );
}
