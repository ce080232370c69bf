import { useEffect, useRef } from "react";
import { Link } from "wouter";
import type { GroupSummary } from "../../../../shared/api/groups";
import { DataTable } from "../../ui/DataTable";
import { SectionOwnerSelect } from "./SectionOwnerSelect";
import type { ImportAnswer } from "./uploadDocx";
import { useRichT, useT } from "../../i18n/useLocale";
import { bdi } from "../../i18n/tags";

/** What an import made: the new document's sections, each with its owner group to assign, and the warnings. */
export function ImportResult({ answer, groups, onDismiss }: { answer: ImportAnswer; groups: readonly GroupSummary[]; onDismiss(): void }) {
  const t = useT();
  const rich = useRichT();
  const { document, import: report } = answer;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [answer]);
  return (
    <section className="card form-card import-result" aria-labelledby="import-result-heading">
      <h3 id="import-result-heading" ref={heading} tabIndex={-1}>
        {rich("import.result.heading", { title: document.title, count: report.sections, bdi })}
      </h3>
      {report.warnings.length > 0 ? (
        <div className="notice import-result__warnings">
          <p>
            {rich("import.result.warnings", { strong: (chunks) => <strong>{chunks}</strong> })}
          </p>
          <ul>
            {report.warnings.map((warning, index) => (
              <li key={index} dir="auto">
                {warning}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p>{t("import.result.complete")}</p>
      )}
      <p className="muted">{t("import.result.assign")}</p>
      <DataTable caption={t("import.result.caption")} columns={[t("import.result.section"), t("import.result.owner")]}>
        {document.sections.map((section, index) => (
          <tr key={section.id}>
            <th scope="row" className="table__name" id={`import-section-${section.id}`}>
              {t("import.result.sectionName", { number: index + 1, title: section.title })}
            </th>
            <td>
              <SectionOwnerSelect documentId={document.id} section={section} groups={groups} />
            </td>
          </tr>
        ))}
      </DataTable>
      <div className="form__actions">
        <Link href={`~/documents/${document.id}`} className="button button--primary">
          {t("import.result.open")}
        </Link>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          {t("import.result.another")}
        </button>
      </div>
    </section>
  );
}
