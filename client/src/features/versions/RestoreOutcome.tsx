import { useEffect, useRef } from "react";
import type { RestoreResult } from "../../../../shared/api/versions";
import { useRichT, useT } from "../../i18n/useLocale";

export interface RestoreReport {
  result: RestoreResult;
  /** The title of the one section restored; null when the whole document was. */
  section: string | null;
  versionLabel: string;
}

/** What a restore did: how many sections came back, and which were left alone and why. */
export function RestoreOutcome({ report, onDismiss }: { report: RestoreReport; onDismiss(): void }) {
  const t = useT();
  const richT = useRichT();
  const { result, section, versionLabel } = report;
  const box = useRef<HTMLDivElement>(null);
  // The dialog that asked is gone: the keyboard lands on what happened, and a screen reader reads it.
  useEffect(() => box.current?.focus(), [report]);
  const count = result.restoredSections.length;
  return (
    <div className="notice restore-outcome" role="status" ref={box} tabIndex={-1}>
      <p className="restore-outcome__title">
        {section === null
          ? t("versions.restore.doneWhole", { version: versionLabel, count })
          : t("versions.restore.doneSection", { section, version: versionLabel, count })}
      </p>
      {result.skipped.length > 0 && (
        <>
          <p>{t("versions.restore.skipped", { count: result.skipped.length })}</p>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.sectionId}>
                {richT("versions.restore.skippedItem", { title: s.title, reason: s.reason, b: (chunks) => (<strong><bdi>{chunks}</bdi></strong>) })}
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button button--secondary button--small" onClick={onDismiss}>
        {t("versions.restore.dismiss")}
      </button>
    </div>
  );
}
