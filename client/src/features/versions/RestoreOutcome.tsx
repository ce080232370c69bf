import { useEffect, useRef } from "react";
import type { RestoreResult } from "../../../../shared/api/versions";
import { sectionsCount } from "./wordCount";

export interface RestoreReport {
  result: RestoreResult;
  scope: string;
  versionLabel: string;
}

/** What a restore did: how many sections came back, and which were left alone and why. */
export function RestoreOutcome({ report, onDismiss }: { report: RestoreReport; onDismiss(): void }) {
  const { result, scope, versionLabel } = report;
  const box = useRef<HTMLDivElement>(null);
  // The dialog that asked is gone: the keyboard lands on what happened, and a screen reader reads it.
  useEffect(() => box.current?.focus(), [report]);
  return (
    <div className="notice restore-outcome" role="status" ref={box} tabIndex={-1}>
      <p className="restore-outcome__title">
        Restored {scope} to “{versionLabel}”: {sectionsCount(result.restoredSections.length)} brought back. Everyone sees the change now.
      </p>
      {result.skipped.length > 0 && (
        <>
          <p>{sectionsCount(result.skipped.length)} left as they were:</p>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.sectionId}>
                <strong>{s.title}</strong>: {s.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
