import { useId } from "react";
import { Link } from "wouter";
import type { DocumentSummary } from "../../../../shared/api/documents";
import { useT } from "../../i18n/useLocale";
import { CompactSectionList } from "./CompactSectionList";
import { LastUpdated } from "./LastUpdated";
import { ProgressSummary } from "./ProgressSummary";

export function DocumentCard({ document }: { document: DocumentSummary }) {
  const sectionsHeadingId = useId();
  const t = useT();
  return (
    <article className="card document-card">
      <h3 className="document-card__title">
        <Link href={`/documents/${document.id}`}>
          <bdi>{document.title}</bdi>
        </Link>
      </h3>
      {document.description && <p className="document-card__description" dir="auto">
          {document.description}
        </p>}
      <div className="document-card__status">
        <ProgressSummary approved={document.approvedCount} total={document.sectionCount} />
        <LastUpdated iso={document.updatedAt} />
      </div>
      <h4 className="document-card__sections-heading" id={sectionsHeadingId}>
        {t("documents.sections")}
      </h4>
      <CompactSectionList documentId={document.id} sections={document.sections} labelledBy={sectionsHeadingId} />
    </article>
  );
}
