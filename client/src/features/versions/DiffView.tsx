import { useEffect, useRef } from "react";
import type { SectionDiff, VersionDiff, VersionView } from "../../../../shared/api/versions";
import type { MessageId } from "../../i18n/catalogues";
import { useRichT, useT } from "../../i18n/useLocale";
import { DiffText } from "./DiffText";
import { useVersionNames, type Labelled, type VersionWords } from "./versionNames";
import { wordChanges } from "./wordCount";

const CHANGE_MESSAGES: Record<SectionDiff["change"], MessageId> = {
  unchanged: "versions.change.unchanged",
  changed: "versions.change.changed",
  added: "versions.change.added",
  removed: "versions.change.removed",
};

type Side = VersionDiff["from"] | VersionDiff["to"];

/** "“Before the edit” (5 Dec 2026, 10:15)"; a name that says its time already is not followed by it again. */
function sideText(side: Side, versions: readonly VersionView[], title: (version: Labelled) => string, words: VersionWords): string {
  const { t, formats } = words;
  if (side.id === "current") return t("versions.diff.now");
  // The diff names its sides without their kind; the list has it.
  const name = title({ label: side.label, kind: versions.find((v) => v.id === side.id)?.kind });
  const time = formats.dateTime(side.createdAt);
  return name.includes(time) ? t("versions.diff.side", { name }) : t("versions.diff.sideWithTime", { name, time });
}

export const diffAnchor = (sectionId: string) => `diff-section-${sectionId}`;

interface Props {
  diff: VersionDiff;
  /** The document's versions, newest first: what kind each side is. */
  versions: readonly VersionView[];
  takeFocus: boolean;
  note: string | null;
}

/** The differences between two versions: a summary linking to each changed section, then each one inline. */
export function DiffView({ diff, versions, takeFocus, note }: Props) {
  const t = useT();
  const richT = useRichT();
  const names = useVersionNames();
  const heading = useRef<HTMLHeadingElement>(null);
  // A comparison the reader asked for takes the keyboard to its result, as a page change would; the one the
  // page opens on leaves it at the top of the page.
  useEffect(() => {
    if (takeFocus) heading.current?.focus();
  }, [diff, takeFocus]);
  const changed = diff.sections.filter((s) => s.change !== "unchanged");
  const unchanged = diff.sections.filter((s) => s.change === "unchanged");
  const { summary } = diff;
  const side = (which: Side) => sideText(which, versions, names.title, names.words);

  return (
    <section className="card diff" aria-labelledby="diff-heading">
      <h2 id="diff-heading" className="versions__card-title" ref={heading} tabIndex={-1}>
        {t("versions.diff.heading", { from: side(diff.from), to: side(diff.to) })}
      </h2>
      {note && <p className="diff__note muted">{note}</p>}
      <p className="diff__summary">
        {summary.changedSections === 0
          ? t("versions.diff.none")
          : t("versions.diff.summary", { count: summary.changedSections, words: wordChanges(t, summary.insertedWords, summary.deletedWords) })}
      </p>
      {changed.length > 0 && (
        <ul className="diff__index">
          {changed.map((s) => (
            <li key={s.sectionId}>
              <a href={`#${diffAnchor(s.sectionId)}`}>
                <bdi>{s.title}</bdi>
              </a>{" "}
              <span className="muted">{t("versions.diff.indexEntry", { change: s.change, words: wordChanges(t, s.insertedWords, s.deletedWords) })}</span>
            </li>
          ))}
        </ul>
      )}
      {changed.length > 0 && (
        <p className="diff__legend muted">
          {richT("versions.diff.legend", {
            ins: (chunks) => <ins className="diff__ins">{chunks}</ins>,
            del: (chunks) => <del className="diff__del">{chunks}</del>,
          })}
        </p>
      )}
      {changed.map((s) => (
        <section key={s.sectionId} className="diff__section" id={diffAnchor(s.sectionId)} aria-labelledby={`${diffAnchor(s.sectionId)}-title`} tabIndex={-1}>
          <h3 className="diff__section-title" id={`${diffAnchor(s.sectionId)}-title`}>
            <bdi>{s.title}</bdi> <span className="tag">{t(CHANGE_MESSAGES[s.change])}</span>
          </h3>
          <p className="diff__counts muted">{wordChanges(t, s.insertedWords, s.deletedWords)}</p>
          <DiffText ops={s.ops} />
        </section>
      ))}
      {unchanged.length > 0 && (
        <details className="disclosure diff__unchanged">
          <summary className="disclosure__summary">{t("versions.diff.unchanged", { count: unchanged.length })}</summary>
          <ul className="disclosure__body">
            {unchanged.map((s) => (
              <li key={s.sectionId}>
                <bdi>{s.title}</bdi>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
