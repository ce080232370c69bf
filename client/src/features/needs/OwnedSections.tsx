import { Link } from "wouter";
import type { OwnedSection } from "../../../../shared/api/inbox";
import { DueDateBadge } from "../review/DueDateBadge";
import { StatusBadge } from "../documents/StatusBadge";
import { documentHref } from "../documents/linkTarget";
import { sectionName } from "./sectionName";
import { useFormats, useT } from "../../i18n/useLocale";

/**
 * The sections the person's groups own, grouped by document: each row a link to the section. The owner is named
 * only for someone in several groups (for everyone else it is the group named above the list).
 */
export function OwnedSections({ sections, showGroup }: { sections: readonly OwnedSection[]; showGroup: boolean }) {
  const documents = [...new Map(sections.map((s) => [s.documentId, s.documentTitle])).entries()];
  const t = useT();
  const formats = useFormats();
  /** What is open in a section, in words; nothing said when nothing is. */
  const openWords = (section: OwnedSection): string | null => {
    const parts = [];
    if (section.openSuggestions > 0) parts.push(t("needs.openSuggestions", { count: section.openSuggestions }));
    if (section.openThreads > 0) parts.push(t("needs.openThreads", { count: section.openThreads }));
    return parts.length > 0 ? formats.list(parts) : null;
  };
  return (
    <div className="owned">
      {documents.map(([documentId, title]) => (
        <div key={documentId} className="owned__document">
          <h4 className="owned__document-title">
            <bdi>{title}</bdi>
          </h4>
          <ul className="plain-list owned__list">
            {sections
              .filter((s) => s.documentId === documentId)
              .map((s) => {
                const open = openWords(s);
                return (
                  <li key={s.section.id} className="owned__row">
                    <Link href={documentHref(documentId, { kind: "section", id: s.section.id })} className="owned__link">
                      <bdi>{sectionName(s.section)}</bdi>
                    </Link>
                    <span className="owned__badges">
                      <StatusBadge status={s.status} />
                      {s.dueDate && <DueDateBadge dueDate={s.dueDate} approved={s.status === "approved"} />}
                    </span>
                    <span className="owned__open">{open ?? <span className="muted">{t("needs.nothingOpen")}</span>}</span>
                    {showGroup && <bdi className="owned__group muted">{s.ownerGroup.name}</bdi>}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </div>
  );
}
