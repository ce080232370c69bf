import { useEffect, useRef } from "react";
import { Link } from "wouter";
import type { GroupSummary } from "../../../../shared/api/groups";
import { DataTable } from "../../ui/DataTable";
import { SectionOwnerSelect } from "./SectionOwnerSelect";
import type { ImportAnswer } from "./uploadDocx";

/** What an import made: the new document's sections, each with its owner group to assign, and the warnings. */
export function ImportResult({ answer, groups, onDismiss }: { answer: ImportAnswer; groups: readonly GroupSummary[]; onDismiss(): void }) {
  const { document, import: report } = answer;
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [answer]);
  return (
    <section className="card form-card import-result" aria-labelledby="import-result-heading">
      <h3 id="import-result-heading" ref={heading} tabIndex={-1}>
        Imported “{document.title}”: {report.sections} {report.sections === 1 ? "section" : "sections"}
      </h3>
      {report.warnings.length > 0 ? (
        <div className="notice import-result__warnings">
          <p>
            <strong>Check these in the document:</strong> some things in the file could not be brought over as they were.
          </p>
          <ul>
            {report.warnings.map((warning, index) => (
              <li key={index}>{warning}</li>
            ))}
          </ul>
        </div>
      ) : (
        <p>Everything in the file was brought over.</p>
      )}
      <p className="muted">Assign each section to the working group that holds its pen. Each change is saved at once.</p>
      <DataTable caption="Sections and their owner groups" columns={["Section", "Owner group"]}>
        {document.sections.map((section, index) => (
          <tr key={section.id}>
            <th scope="row" className="table__name" id={`import-section-${section.id}`}>
              {index + 1}. {section.title}
            </th>
            <td>
              <SectionOwnerSelect documentId={document.id} section={section} groups={groups} />
            </td>
          </tr>
        ))}
      </DataTable>
      <div className="form__actions">
        <Link href={`~/documents/${document.id}`} className="button button--primary">
          Open the document
        </Link>
        <button type="button" className="button button--secondary" onClick={onDismiss}>
          Import another file
        </button>
      </div>
    </section>
  );
}
