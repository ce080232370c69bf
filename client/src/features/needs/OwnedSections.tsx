import { Link } from "wouter";
import type { OwnedSection } from "../../../../shared/api/inbox";
import { DueDateBadge } from "../review/DueDateBadge";
import { StatusBadge } from "../documents/StatusBadge";
import { documentHref } from "../documents/linkTarget";
import { sectionName } from "./sectionName";

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What is open in a section, in words; nothing said when nothing is. */
function openWords(section: OwnedSection): string | null {
  const parts = [];
  if (section.openSuggestions > 0) parts.push(plural(section.openSuggestions, "open suggestion", "open suggestions"));
  if (section.openThreads > 0) parts.push(plural(section.openThreads, "open thread", "open threads"));
  return parts.length > 0 ? parts.join(", ") : null;
}

/**
 * The sections the person's groups own, grouped by document: each row a link to the section. The owner is named
 * only for someone in several groups (for everyone else it is the group named above the list).
 */
export function OwnedSections({ sections, showGroup }: { sections: readonly OwnedSection[]; showGroup: boolean }) {
  const documents = [...new Map(sections.map((s) => [s.documentId, s.documentTitle])).entries()];
  return (
    <div className="owned">
      {documents.map(([documentId, title]) => (
        <div key={documentId} className="owned__document">
          <h4 className="owned__document-title">{title}</h4>
          <ul className="plain-list owned__list">
            {sections
              .filter((s) => s.documentId === documentId)
              .map((s) => {
                const open = openWords(s);
                return (
                  <li key={s.section.id} className="owned__row">
                    <Link href={documentHref(documentId, { kind: "section", id: s.section.id })} className="owned__link">
                      {sectionName(s.section)}
                    </Link>
                    <span className="owned__badges">
                      <StatusBadge status={s.status} />
                      {s.dueDate && <DueDateBadge dueDate={s.dueDate} approved={s.status === "approved"} />}
                    </span>
                    <span className="owned__open">{open ?? <span className="muted">Nothing open</span>}</span>
                    {showGroup && <span className="owned__group muted">{s.ownerGroup.name}</span>}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </div>
  );
}
