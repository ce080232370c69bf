import type { OwnerGroup } from "../../../../shared/api/documents";
import { useT } from "../../i18n/useLocale";

/** The working group that owns a section: its name, with the short slug in small type. */
export function GroupBadge({ group, showSlug = true }: { group: OwnerGroup; showSlug?: boolean }) {
  const t = useT();
  return (
    <span className="group-badge">
      <span className="visually-hidden">{t("group.ownedBy")} </span>
      <bdi className="group-badge__name">{group.name}</bdi>
      {showSlug && (
        <span className="group-badge__slug">
          <span className="visually-hidden">, </span>
          {group.slug}
        </span>
      )}
    </span>
  );
}
