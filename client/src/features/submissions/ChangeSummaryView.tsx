import type { ChangeSummary } from "../../../../shared/api/submissions";
import { formatDate } from "../../ui/formatDate";
import { minusWords, plusWords, sectionsCount } from "../versions/wordCount";

const CHANGE_WORDS = { changed: "changed", added: "added", removed: "removed" } as const;

/** What changed since the submission before: per section, in words. */
export function ChangeSummaryView({ summary }: { summary: ChangeSummary | null }) {
  if (!summary) return <p className="muted">The first submission: nothing to compare with.</p>;
  const { against, sections } = summary;
  const since = `Submission ${against.number} (${formatDate(against.submittedAt)})`;
  if (sections.length === 0) return <p>No text changed since {since}.</p>;
  return (
    <>
      <p>
        {sectionsCount(sections.length)} changed since {since}:
      </p>
      <ul className="change-summary">
        {sections.map((s, index) => (
          <li key={index}>
            <strong>{s.title}</strong> — {CHANGE_WORDS[s.change]}: {plusWords(s.insertedWords)}, {minusWords(s.deletedWords)}
          </li>
        ))}
      </ul>
    </>
  );
}
