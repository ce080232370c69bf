import type { ReadOnlyCause } from "../../../../shared/rights";
import type { MessageId } from "../../i18n/catalogues";
import { useT } from "../../i18n/useLocale";

/** The words for each cause (shared/rights readOnlyCause decides which applies). */
const REASONS: Record<ReadOnlyCause, MessageId> = {
  deactivated: "documents.section.readOnly.deactivated",
  approved: "documents.section.readOnly.approved",
  observer: "documents.section.readOnly.observer",
  notOwner: "documents.section.readOnly.notOwner",
};

/** Whether the reader may edit a section, or why not, with an icon that does not rely on colour. */
export function EditPermission({ editable, reason, groupName }: { editable: boolean; reason: ReadOnlyCause | null; groupName: string }) {
  const t = useT();
  return (
    <p className={editable ? "permission permission--editable" : "permission"}>
      <svg className="permission__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        {editable ? (
          <path d="M10.8 2.2l3 3L5.5 13.5 2 14l.5-3.5zM9.5 3.5l3 3" fill="none" stroke="currentColor" strokeWidth="1.6" strokeLinejoin="round" />
        ) : (
          <>
            <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
            <path d="M5.5 7V5a2.5 2.5 0 015 0v2" fill="none" stroke="currentColor" strokeWidth="1.6" />
          </>
        )}
      </svg>
      {editable ? t("documents.section.canEdit") : reason ? t(REASONS[reason], { group: groupName }) : t("documents.section.canRead")}
    </p>
  );
}
