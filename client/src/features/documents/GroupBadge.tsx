import type { OwnerGroup } from "../../../../shared/api/documents";

/** The working group that owns a section: its name, with the short slug in small type. */
export function GroupBadge({ group, showSlug = true }: { group: OwnerGroup; showSlug?: boolean }) {
  return (
    <span className="group-badge">
      <span className="visually-hidden">Owned by </span>
      <span className="group-badge__name">{group.name}</span>
      {showSlug && (
        <span className="group-badge__slug">
          <span className="visually-hidden">, </span>
          {group.slug}
        </span>
      )}
    </span>
  );
}
