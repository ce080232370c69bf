import { Link } from "wouter";
import type { SectionSummary } from "../../../../shared/api/documents";
import { documentHref } from "./linkTarget";
import { GroupBadge } from "./GroupBadge";
import { StatusBadge } from "./StatusBadge";

/** A document's sections at a glance: number, title (a link to the section), owner, status. */
export function CompactSectionList({ documentId, sections, labelledBy }: { documentId: string; sections: readonly SectionSummary[]; labelledBy: string }) {
  if (sections.length === 0) return <p className="muted">No sections yet.</p>;
  return (
    <ol className="compact-sections" aria-labelledby={labelledBy}>
      {sections.map((section, index) => (
        <li key={section.id} className="compact-sections__item">
          <span className="compact-sections__number" aria-hidden="true">
            {index + 1}.
          </span>
          <Link href={documentHref(documentId, { kind: "section", id: section.id })} className="compact-sections__title">
            {section.title}
          </Link>
          <span className="compact-sections__badges">
            <GroupBadge group={section.ownerGroup} showSlug={false} />
            <StatusBadge status={section.status} />
          </span>
        </li>
      ))}
    </ol>
  );
}
