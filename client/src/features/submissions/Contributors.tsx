import type { ContributorGroup } from "../../../../shared/api/submissions";
import { contributorHeading, contributorLines, contributorSections, ENGLISH_CONTRIBUTOR_WORDS } from "../../../../shared/api/submissions";

/**
 * Who contributed to the paper, in the order the submission recorded (the order its PDF and DOCX print): groups
 * that own sections in outline order, with those sections, then other groups, then people outside any group by
 * role. Submissions stored before that order was kept list groups by name with everyone else in one entry: the
 * entries outside any group still go last.
 */
export function Contributors({ contributors }: { contributors: readonly ContributorGroup[] }) {
  if (contributors.length === 0) return <p className="muted">No contributors recorded.</p>;
  const ordered = [...contributors.filter((c) => c.group !== null), ...contributors.filter((c) => c.group === null)];
  return (
    <dl className="contributors">
      {ordered.map((entry) => {
        const sections = contributorSections(entry, ENGLISH_CONTRIBUTOR_WORDS);
        const people = contributorLines(entry, ENGLISH_CONTRIBUTOR_WORDS);
        return (
          <div key={entry.group?.slug ?? `role-${entry.role ?? "none"}`} className="contributors__group">
            <dt>{contributorHeading(entry, ENGLISH_CONTRIBUTOR_WORDS)}</dt>
            {sections && <dd className="muted">{sections}</dd>}
            <dd>{people.length > 0 ? people.join("; ") : <span className="muted">No individual contributions recorded.</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
