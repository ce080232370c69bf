import { useId } from "react";
import { Link } from "wouter";
import type { DocumentSummary } from "../../../../shared/api/documents";
import { CompactSectionList } from "./CompactSectionList";
import { LastUpdated } from "./LastUpdated";
import { ProgressSummary } from "./ProgressSummary";

export function DocumentCard({ document }: { document: DocumentSummary }) {
  const sectionsHeadingId = useId();
  return (
    <article className="card document-card">
      <h3 className="document-card__title">
        <Link href={`/documents/${document.id}`}>{document.title}</Link>
      </h3>
      {document.description && <p className="document-card__description">{document.description}</p>}
      <div className="document-card__status">
        <ProgressSummary approved={document.approvedCount} total={document.sectionCount} />
        <LastUpdated iso={document.updatedAt} />
      </div>
      <h4 className="document-card__sections-heading" id={sectionsHeadingId}>
        Sections
      </h4>
      <CompactSectionList documentId={document.id} sections={document.sections} labelledBy={sectionsHeadingId} />
    </article>
  );
}
