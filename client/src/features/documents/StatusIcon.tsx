import type { SectionStatus } from "../../../../shared/rights";

/**
 * A distinct shape per status (hollow circle, clock, warning triangle, tick) so the badge reads without colour.
 * Decorative: the badge text names the status.
 */
export function StatusIcon({ status }: { status: SectionStatus }) {
  return (
    <svg className="status-icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      {status === "draft" && <circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" strokeDasharray="3 2" />}
      {status === "in_review" && (
        <>
          <circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M8 4.5V8l2.5 1.8" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </>
      )}
      {status === "changes_requested" && (
        <>
          <path d="M8 1.5l7 12.5H1z" fill="currentColor" />
          <rect x="7.1" y="5.5" width="1.8" height="4.5" rx=".9" fill="#fff" />
          <circle cx="8" cy="11.9" r="1" fill="#fff" />
        </>
      )}
      {status === "approved" && (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.6 8.2l2.2 2.2 4.6-4.8" fill="none" stroke="#fff" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
    </svg>
  );
}
