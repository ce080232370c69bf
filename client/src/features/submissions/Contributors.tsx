import type { ContributorGroup } from "../../../../shared/api/submissions";
import { contributorHeading, contributorLines, contributorSections } from "../../../../shared/api/submissions";
import { useT } from "../../i18n/useLocale";
import { useContributorWords } from "./contributorWords";

/**
 * Who contributed to the paper, in the order the submission recorded (the order its PDF and DOCX print): groups
 * that own sections in outline order, with those sections, then other groups, then people outside any group by
 * role. Submissions stored before that order was kept list groups by name with everyone else in one entry: the
 * entries outside any group still go last.
 */
export function Contributors({ contributors }: { contributors: readonly ContributorGroup[] }) {
  const t = useT();
  const words = useContributorWords();
  if (contributors.length === 0) return <p className="muted">{t("submissions.contributors.none")}</p>;
  const ordered = [...contributors.filter((c) => c.group !== null), ...contributors.filter((c) => c.group === null)];
  return (
    <dl className="contributors">
      {ordered.map((entry) => {
        const sections = contributorSections(entry, words);
        const people = contributorLines(entry, words);
        return (
          <div key={entry.group?.slug ?? `role-${entry.role ?? "none"}`} className="contributors__group">
            <dt>{contributorHeading(entry, words)}</dt>
            {sections && <dd className="muted">{sections}</dd>}
            <dd>{people.length > 0 ? people.join(words.separator.titles) : <span className="muted">{t("submissions.contributors.noPeople")}</span>}</dd>
          </div>
        );
      })}
    </dl>
  );
}
