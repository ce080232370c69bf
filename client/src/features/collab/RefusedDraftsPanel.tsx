import { useEffect, useRef } from "react";
import type { RefusedDraft } from "../../collab/refusedDrafts";
import { RefusedDraftItem } from "./RefusedDraftItem";

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
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  if (drafts.length === 0) return null;
  return (
    <section className="card refused" aria-labelledby="refused-heading">
      <h2 className="refused__heading" id="refused-heading" ref={heading} tabIndex={-1}>
        Text not saved ({drafts.length})
      </h2>
      <p className="refused__intro">
        The server did not accept these changes, so they are not in the document. Your text is kept here, on this
        device: propose it as an amendment to the section, or copy it to use it elsewhere, then dismiss it.
      </p>
      <ul className="refused__list">
        {drafts.map((draft) => (
          <RefusedDraftItem key={draft.id} draft={draft} onDismiss={() => onDismiss(draft.id)} onPropose={proposeFor(draft) ?? undefined} />
        ))}
      </ul>
    </section>
  );
}
