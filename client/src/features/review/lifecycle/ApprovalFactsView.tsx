import type { ApprovalFacts } from "../../../../../shared/api/approval";
import { DiffText } from "../../versions/DiffText";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { bdi, q } from "../../../i18n/tags";
import type { SectionVisitor } from "./useSectionTypists";

const SUGGESTS = { insertion: "review.approval.suggestsAdding", deletion: "review.approval.suggestsDeleting", replacement: "review.approval.suggestsReplacing" } as const;

function SuggestionLine({ s }: { s: ApprovalFacts["openSuggestions"][number] }) {
  const rich = useRichT();
  return <>{rich(SUGGESTS[s.kind], { name: s.author.name, inserted: s.inserted, deleted: s.deleted, bdi, q })}</>;
}

interface Props {
  facts: ApprovalFacts;
  visitors: readonly SectionVisitor[];
  /** Closes the dialog and shows the thread in the margin. */
  onShowThread(threadId: string): void;
}

/** What the chair is approving: the changes since submission, what is still open, and who is writing in it now. */
export function ApprovalFactsView({ facts, visitors, onShowThread }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const since = facts.sinceSubmitted;
  const typing = visitors.filter((v) => v.typing);
  return (
    <>
      <section className="approval__part" aria-labelledby="approval-since">
        <h3 className="approval__heading" id="approval-since">
          {t("review.approval.since")}
        </h3>
        {since ? (
          <>
            <p className="approval__meta">
              {rich("review.approval.submitted", {
                who: rich("review.approval.submittedBy", { name: since.by.name, bdi, time: <time dateTime={since.at}>{formats.dateTime(since.at)}</time> }),
                changes:
                  since.diff.change === "unchanged"
                    ? t("review.approval.unchanged")
                    : t("review.approval.wordsChanged", { added: since.diff.insertedWords, removed: since.diff.deletedWords }),
              })}
            </p>
            <div className="approval__text" dir="auto">{since.diff.change === "unchanged" ? <p className="diff__text">{facts.text}</p> : <DiffText ops={since.diff.ops} />}</div>
          </>
        ) : (
          <>
            <p className="approval__meta">{t("review.approval.noSubmission")}</p>
            <div className="approval__text" dir="auto">
              <p className="diff__text">{facts.text}</p>
            </div>
          </>
        )}
      </section>
      <section className="approval__part" aria-labelledby="approval-suggestions">
        <h3 className="approval__heading" id="approval-suggestions">
          {t("review.approval.openSuggestions", { count: facts.openSuggestions.length })}
        </h3>
        {facts.openSuggestions.length === 0 ? (
          <p className="approval__meta">{t("review.approval.none")}</p>
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
          {t("review.approval.openThreads", { count: facts.openThreads.length })}
        </h3>
        {facts.openThreads.length === 0 ? (
          <p className="approval__meta">{t("review.approval.none")}</p>
        ) : (
          <ul className="approval__list">
            {facts.openThreads.map((th) => (
              <li key={th.id}>
                {rich(th.quote ? "review.approval.threadOn" : "review.approval.thread", {
                  name: th.createdBy.name,
                  quote: th.quote,
                  comment: <bdi>{th.firstComment || t("review.approval.commentDeleted")}</bdi>,
                  count: th.comments,
                  bdi,
                  q,
                })}{" "}
                <button type="button" className="button button--link" onClick={() => onShowThread(th.id)}>
                  {t("review.approval.showThread")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="approval__part" aria-labelledby="approval-now">
        <h3 className="approval__heading" id="approval-now">
          {t("review.approval.now")}
        </h3>
        {/* Not a live region: "typing" comes and goes with every pause; the change that matters (the text moved) is
            announced by the dialog. */}
        <p className="approval__meta">
          {visitors.length === 0
            ? t("review.approval.nobody")
            : t("review.approval.present", { names: formats.list(visitors.map((v) => (v.typing ? t("review.approval.typing", { name: v.name }) : v.name))) })}
          {typing.length > 0 && ` ${t("review.approval.typingWarning")}`}
        </p>
      </section>
    </>
  );
}
