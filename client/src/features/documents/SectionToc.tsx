import type { OutlineEntry } from "../../../../shared/api/review";
import { isOverdue } from "../../review/dueDate";
import { StatusIcon } from "./StatusIcon";
import { STATUS_LABELS } from "./statusLabels";
import { sectionAnchor } from "./sectionAnchor";
import { useMediaQuery } from "../../ui/useMediaQuery";

/**
 * The document's table of contents: one link per section, with its status (and an overdue mark) in words, and
 * the reader's own sections marked.
 */
export function SectionToc({ sections, own }: { sections: readonly OutlineEntry[]; own(entry: OutlineEntry): boolean }) {
  // Beside the text it costs nothing; above it (a narrow window) it is folded, so the text comes first.
  const above = useMediaQuery(STACKED);
  const list = <TocList sections={sections} own={own} />;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      {above ? (
        <details className="toc__fold">
          <summary className="toc__heading" id="toc-heading">
            Contents <span className="toc__count">({sections.length} {sections.length === 1 ? "section" : "sections"})</span>
          </summary>
          {list}
        </details>
      ) : (
        <>
          <h2 className="toc__heading" id="toc-heading">
            Contents
          </h2>
          {list}
        </>
      )}
    </nav>
  );
}

/** The same as the document page's layout rule that puts the contents above the text. */
const STACKED = "(max-width: 56rem)";

function TocList({ sections, own }: { sections: readonly OutlineEntry[]; own(entry: OutlineEntry): boolean }) {
  return (
    <>
      {sections.length === 0 ? (
        <p className="muted">No sections yet.</p>
      ) : (
        <ol className="toc__list">
          {sections.map((section, index) => {
            const overdue = section.dueDate ? isOverdue(section.dueDate, section.status === "approved") : false;
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
                    {own(section) && <span className="own-badge own-badge--small">Your group</span>}
                  </span>
                </a>
              </li>
            );
          })}
        </ol>
      )}
    </>
  );
}
