import type { ApprovalFacts } from "../../../../../shared/api/approval";
import { DiffText } from "../../versions/DiffText";
import { formatDateTime } from "../../../ui/formatDate";
import type { SectionVisitor } from "./useSectionTypists";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function SuggestionLine({ s }: { s: ApprovalFacts["openSuggestions"][number] }) {
  if (s.kind === "insertion") return <>{s.author.name} suggests adding <q>{s.inserted}</q></>;
  if (s.kind === "deletion") return <>{s.author.name} suggests deleting <q>{s.deleted}</q></>;
  return <>{s.author.name} suggests replacing <q>{s.deleted}</q> with <q>{s.inserted}</q></>;
}

interface Props {
  facts: ApprovalFacts;
  visitors: readonly SectionVisitor[];
  /** Closes the dialog and shows the thread in the margin. */
  onShowThread(threadId: string): void;
}

/** What the chair is approving: the changes since submission, what is still open, and who is writing in it now. */
export function ApprovalFactsView({ facts, visitors, onShowThread }: Props) {
  const since = facts.sinceSubmitted;
  const typing = visitors.filter((v) => v.typing);
  return (
    <>
      <section className="approval__part" aria-labelledby="approval-since">
        <h3 className="approval__heading" id="approval-since">
          Since it was submitted for review
        </h3>
        {since ? (
          <>
            <p className="approval__meta">
              Submitted by {since.by.name}, <time dateTime={since.at}>{formatDateTime(since.at)}</time>.{" "}
              {since.diff.change === "unchanged" ? "No words changed since." : `${plural(since.diff.insertedWords, "word")} added, ${since.diff.deletedWords} removed.`}
            </p>
            <div className="approval__text">{since.diff.change === "unchanged" ? <p className="diff__text">{facts.text}</p> : <DiffText ops={since.diff.ops} />}</div>
          </>
        ) : (
          <>
            <p className="approval__meta">No submission is on record, so here is the text as it stands.</p>
            <div className="approval__text">
              <p className="diff__text">{facts.text}</p>
            </div>
          </>
        )}
      </section>
      <section className="approval__part" aria-labelledby="approval-suggestions">
        <h3 className="approval__heading" id="approval-suggestions">
          Open suggestions: {facts.openSuggestions.length}
        </h3>
        {facts.openSuggestions.length === 0 ? (
          <p className="approval__meta">None.</p>
        ) : (
          <ul className="approval__list">
            {facts.openSuggestions.map((s) => (
              <li key={s.id}>
                <SuggestionLine s={s} />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="approval__part" aria-labelledby="approval-threads">
        <h3 className="approval__heading" id="approval-threads">
          Open comment threads: {facts.openThreads.length}
        </h3>
        {facts.openThreads.length === 0 ? (
          <p className="approval__meta">None.</p>
        ) : (
          <ul className="approval__list">
            {facts.openThreads.map((t) => (
              <li key={t.id}>
                {t.createdBy.name}
                {t.quote && (
                  <>
                    {" "}on <q>{t.quote}</q>
                  </>
                )}
                : {t.firstComment || "(comment deleted)"} ({plural(t.comments, "comment")}){" "}
                <button type="button" className="button button--link" onClick={() => onShowThread(t.id)}>
                  Show thread
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="approval__part" aria-labelledby="approval-now">
        <h3 className="approval__heading" id="approval-now">
          In this section now
        </h3>
        {/* Not a live region: "typing" comes and goes with every pause; the change that matters (the text moved) is
            announced by the dialog. */}
        <p className="approval__meta">
          {visitors.length === 0
            ? "Nobody else is in this section."
            : visitors.map((v) => `${v.name}${v.typing ? " (typing now)" : ""}`).join(", ") + "."}
          {typing.length > 0 && ` Approving now may lock in a sentence still being written.`}
        </p>
      </section>
    </>
  );
}
