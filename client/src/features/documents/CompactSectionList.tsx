import { Link } from "wouter";
import type { SectionSummary } from "../../../../shared/api/documents";
import { useFormats, useT } from "../../i18n/useLocale";
import { documentHref } from "./linkTarget";
import { GroupBadge } from "./GroupBadge";
import { StatusBadge } from "./StatusBadge";

/** A document's sections at a glance: number, title (a link to the section), owner, status. */
export function CompactSectionList({ documentId, sections, labelledBy }: { documentId: string; sections: readonly SectionSummary[]; labelledBy: string }) {
  const t = useT();
  const formats = useFormats();
  if (sections.length === 0) return <p className="muted">{t("documents.noSections")}</p>;
  return (
    <ol className="compact-sections" aria-labelledby={labelledBy}>
      {sections.map((section, index) => (
        <li key={section.id} className="compact-sections__item">
          <span className="compact-sections__number" aria-hidden="true">
            {formats.number(index + 1)}.
          </span>
          <Link href={documentHref(documentId, { kind: "section", id: section.id })} className="compact-sections__title">
            <bdi>{section.title}</bdi>
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
