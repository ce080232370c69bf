import { useEffect, useRef } from "react";
import type { RefusedDraft } from "../../collab/refusedDrafts";
import { RefusedDraftItem } from "./RefusedDraftItem";
import { useT } from "../../i18n/useLocale";

interface Props {
  drafts: readonly RefusedDraft[];
  onDismiss(id: string): void;
  /** Propose a kept text as an amendment to its section; null when that section is not in the document. */
  proposeFor(draft: RefusedDraft): (() => void) | null;
  /** Goes up when a new refusal arrives: focus moves here (the editor the person typed in has just gone). */
  focusRequest: number;
}

/** Texts the server did not accept, kept on this device until dismissed, so nothing typed is lost silently. */
export function RefusedDraftsPanel({ drafts, onDismiss, proposeFor, focusRequest }: Props) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  if (drafts.length === 0) return null;
  return (
    <section className="card refused" aria-labelledby="refused-heading">
      <h2 className="refused__heading" id="refused-heading" ref={heading} tabIndex={-1}>
        {t("collab.refused.heading", { count: drafts.length })}
      </h2>
      <p className="refused__intro">
        {t("collab.refused.intro")}
      </p>
      <ul className="refused__list">
        {drafts.map((draft) => (
          <RefusedDraftItem key={draft.id} draft={draft} onDismiss={() => onDismiss(draft.id)} onPropose={proposeFor(draft) ?? undefined} />
        ))}
      </ul>
    </section>
  );
}
