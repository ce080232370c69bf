import { useT } from "../../i18n/useLocale";

export interface RefusalNotice {
  /** The section the refused change touched, when the server named one we know. */
  sectionTitle: string | null;
  /** The server's words: what happened and what now; null when it gave none. */
  message: string | null;
}

/**
 * Announces a refusal the moment it happens. The region is always in the page (empty until needed), so that
 * screen readers notice the text that appears in it.
 */
export function RefusalAlert({ notice, onDismiss }: { notice: RefusalNotice | null; onDismiss(): void }) {
  const t = useT();
  return (
    <div className={notice ? "alert alert--error refusal-alert" : "refusal-alert--empty"} role="alert">
      {notice && (
        <>
          <svg className="alert__icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
            <circle cx="10" cy="10" r="9" fill="currentColor" />
            <rect x="9" y="4.5" width="2" height="7" rx="1" fill="#fff" />
            <circle cx="10" cy="14.5" r="1.25" fill="#fff" />
          </svg>
          <div className="alert__body">
            <p className="alert__title">{notice.sectionTitle ? t("collab.refused.titleIn", { title: notice.sectionTitle }) : t("collab.refused.title")}</p>
            <p>{notice.message ?? t("collab.refused.noWords")}</p>
            <button type="button" className="button button--link" onClick={onDismiss}>
              {t("collab.refused.close")}
            </button>
          </div>
        </>
      )}
    </div>
  );
}
