import type { OutlineEntry } from "../../../../shared/api/review";
import { isOverdue } from "../../review/dueDate";
import { StatusIcon } from "./StatusIcon";
import { STATUS_MESSAGES } from "./statusLabels";
import { useT } from "../../i18n/useLocale";
import { sectionAnchor } from "./sectionAnchor";
import { useMediaQuery } from "../../ui/useMediaQuery";

/**
 * The document's table of contents: one link per section, with its status (and an overdue mark) in words, and
 * the reader's own sections marked.
 */
export function SectionToc({ sections, own }: { sections: readonly OutlineEntry[]; own(entry: OutlineEntry): boolean }) {
  // Beside the text it costs nothing; above it (a narrow window) it is folded, so the text comes first.
  const t = useT();
  const above = useMediaQuery(STACKED);
  const list = <TocList sections={sections} own={own} />;
  return (
    <nav className="toc" aria-labelledby="toc-heading">
      {above ? (
        <details className="toc__fold">
          <summary className="toc__heading" id="toc-heading">
            {t("documents.toc.heading")} <span className="toc__count">{t("documents.toc.count", { count: sections.length })}</span>
          </summary>
          {list}
        </details>
      ) : (
        <>
          <h2 className="toc__heading" id="toc-heading">
            {t("documents.toc.heading")}
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
  const t = useT();
  return (
    <>
      {sections.length === 0 ? (
        <p className="muted">{t("documents.noSections")}</p>
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
                    <span className="visually-hidden"> {t("documents.toc.status", { status: t(STATUS_MESSAGES[section.status]) })}</span>
                    {overdue && <span className="toc__overdue"> {t("documents.toc.overdue")}</span>}
                    {own(section) && <span className="own-badge own-badge--small">{t("documents.ownGroup")}</span>}
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
