import { useEffect, useRef } from "react";
import type { SectionDiff, VersionDiff } from "../../../../shared/api/versions";
import { formatDateTime } from "../../ui/formatDate";
import { versionTitle } from "./versionOptions";
import { DiffText } from "./DiffText";
import { minusWords, plusWords, sectionsCount } from "./wordCount";

const CHANGE_LABELS: Record<SectionDiff["change"], string> = {
  unchanged: "Unchanged",
  changed: "Changed",
  added: "Added",
  removed: "Removed",
};

/** "“Before the edit” (5 Dec 2026, 10:15)"; a name that says its time already is not followed by it again. */
function sideText(side: { id: string; label: string; createdAt: string }): string {
  if (side.id === "current") return "now";
  const title = versionTitle(side);
  const when = formatDateTime(side.createdAt);
  return title.includes(when) ? `“${title}”` : `“${title}” (${when})`;
}

export const diffAnchor = (sectionId: string) => `diff-section-${sectionId}`;

/** The differences between two versions: a summary linking to each changed section, then each one inline. */
export function DiffView({ diff, takeFocus, note }: { diff: VersionDiff; takeFocus: boolean; note: string | null }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // A comparison the reader asked for takes the keyboard to its result, as a page change would; the one the
  // page opens on leaves it at the top of the page.
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [diff, takeFocus]);
  const changed = diff.sections.filter((s) => s.change !== "unchanged");
  const unchanged = diff.sections.filter((s) => s.change === "unchanged");
  const { summary } = diff;

  return (
    <section className="card diff" aria-labelledby="diff-heading">
      <h2 id="diff-heading" className="versions__card-title" ref={heading} tabIndex={-1}>
        Changes from {sideText(diff.from)} to {sideText(diff.to)}
      </h2>
      {note && <p className="diff__note muted">{note}</p>}
      <p className="diff__summary">
        {summary.changedSections === 0
          ? "No differences: the text is the same in both."
          : `${sectionsCount(summary.changedSections)} changed: ${plusWords(summary.insertedWords)}, ${minusWords(summary.deletedWords)}`}
      </p>
      {changed.length > 0 && (
        <ul className="diff__index">
          {changed.map((s) => (
            <li key={s.sectionId}>
              <a href={`#${diffAnchor(s.sectionId)}`}>{s.title}</a>{" "}
              <span className="muted">
                ({CHANGE_LABELS[s.change].toLowerCase()}: {plusWords(s.insertedWords)}, {minusWords(s.deletedWords)})
              </span>
            </li>
          ))}
        </ul>
      )}
      {changed.length > 0 && (
        <p className="diff__legend muted">
          <ins className="diff__ins">Underlined</ins> text was inserted; <del className="diff__del">struck-through</del> text was deleted.
        </p>
      )}
      {changed.map((s) => (
        <section key={s.sectionId} className="diff__section" id={diffAnchor(s.sectionId)} aria-labelledby={`${diffAnchor(s.sectionId)}-title`} tabIndex={-1}>
          <h3 className="diff__section-title" id={`${diffAnchor(s.sectionId)}-title`}>
            {s.title} <span className="tag">{CHANGE_LABELS[s.change]}</span>
          </h3>
          <p className="diff__counts muted">
            {plusWords(s.insertedWords)}, {minusWords(s.deletedWords)}
          </p>
          <DiffText ops={s.ops} />
        </section>
      ))}
      {unchanged.length > 0 && (
        <details className="disclosure diff__unchanged">
          <summary className="disclosure__summary">{sectionsCount(unchanged.length)} unchanged</summary>
          <ul className="disclosure__body">
            {unchanged.map((s) => (
              <li key={s.sectionId}>{s.title}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
