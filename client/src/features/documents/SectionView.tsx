import type { SectionDetail } from "../../../../shared/api/documents";
import { ContentBlocks } from "./ContentBlocks";
import { EditPermission } from "./EditPermission";
import { GroupBadge } from "./GroupBadge";
import { StatusBadge } from "./StatusBadge";
import { sectionAnchor } from "./sectionAnchor";

export function SectionView({ section, number }: { section: SectionDetail; number: number }) {
  const anchor = sectionAnchor(section.id);
  return (
    <section className="card section" id={anchor} aria-labelledby={`${anchor}-title`}>
      <header className="section__header">
        <h2 className="section__title" id={`${anchor}-title`}>
          <span className="section__number">{number}.</span> {section.title}
        </h2>
        <div className="section__badges">
          <GroupBadge group={section.ownerGroup} />
          <StatusBadge status={section.status} />
        </div>
        <EditPermission editable={section.editable} reason={section.readOnlyReason} />
      </header>
      <ContentBlocks blocks={section.content} />
    </section>
  );
}
