import type { OutlineEntry } from "../../../../shared/api/review";
import { dueDateView } from "../../review/dueDate";
import { StatusIcon } from "./StatusIcon";
import { STATUS_LABELS } from "./statusLabels";
import { sectionAnchor } from "./sectionAnchor";

/** The document's table of contents: one link per section, with its status (and an overdue mark) in words. */
export function SectionToc({ sections }: { sections: readonly OutlineEntry[] }) {
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      <h2 className="toc__heading" id="toc-heading">
        Contents
      </h2>
      {sections.length === 0 ? (
        <p className="muted">No sections yet.</p>
      ) : (
        <ol className="toc__list">
          {sections.map((section, index) => {
            const overdue = section.dueDate ? dueDateView(section.dueDate, section.status === "approved").overdue : false;
            return (
              <li key={section.id}>
                <a className="toc__link" href={`#${sectionAnchor(section.id)}`}>
                  <span className={`toc__status status-text--${section.status}`}>
                    <StatusIcon status={section.status} />
                  </span>
                  <span className="toc__text">
                    <span className="toc__number">{index + 1}.</span> {section.title}
                    <span className="visually-hidden"> ({STATUS_LABELS[section.status]})</span>
                    {overdue && <span className="toc__overdue"> overdue</span>}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </nav>
  );
}
