import type { ChangeSummary } from "../../../../shared/api/submissions";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { wordChanges } from "../versions/wordCount";

/** What changed since the submission before: per section, in words. */
export function ChangeSummaryView({ summary }: { summary: ChangeSummary | null }) {
  const t = useT();
  const richT = useRichT();
  const formats = useFormats();
  if (!summary) return <p className="muted">{t("submissions.changes.first")}</p>;
  const { against, sections } = summary;
  const since = t("submissions.changes.since", { number: against.number, date: formats.date(against.submittedAt) });
  if (sections.length === 0) return <p>{t("submissions.changes.none", { since })}</p>;
  return (
    <>
      <p>{t("submissions.changes.some", { count: sections.length, since })}</p>
      <ul className="change-summary">
        {sections.map((s, index) => (
          <li key={index}>
            {richT("submissions.changes.item", {
              title: s.title,
              change: s.change,
              words: wordChanges(t, s.insertedWords, s.deletedWords),
              b: (chunks) => (
                <strong>
                  <bdi>{chunks}</bdi>
                </strong>
              ),
            })}
          </li>
        ))}
      </ul>
    </>
  );
}
