import { useLayoutEffect, useMemo, useRef } from "react";
import type * as Y from "yjs";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { sectionRootName } from "../../../../shared/collab/protocol";
import type { SectionNumbering } from "../editor/footnotes/paperNumbering";
import { numberedNotes, readFragment, renderStatic } from "./staticSection";
import { directionOf, type DocumentLanguage } from "../../../../shared/languages";
import { footnoteLabels } from "../editor/footnotes/footnoteLocation";
import { useT } from "../../i18n/useLocale";

interface Props {
  doc: Y.Doc;
  sectionId: string;
  /** Drawn in the box of an editable text (the field's padding and border), or as read-only text. */
  boxed: boolean;
  /** This section's place in the paper's footnote numbering. */
  footnotes: SectionNumbering;
  /** The section's text changed (as the editor reports it). */
  onText(doc: ProseMirrorNode): void;
  /** What the section is written in: the text gets its `lang` and `dir`, as the editor's does. */
  language: DocumentLanguage;
}

/**
 * A section's live text before its editor is mounted: kept up to date with the shared document (at most once a
 * frame), and counted in the paper's footnote numbering as its editor would count it.
 */
export function StaticSectionText({ doc, sectionId, boxed, footnotes, onText, language }: Props) {
  const t = useT();
  const labels = useMemo(() => footnoteLabels(t), [t]);
  const ref = useRef<HTMLDivElement>(null);
  const latestOnText = useRef(onText);
  latestOnText.current = onText;

  // Before paint: the first frame already shows the text.
  useLayoutEffect(() => {
    const fragment = doc.getXmlFragment(sectionRootName(sectionId));
    let text = readFragment(fragment);
    let frame = 0;
    const draw = () => ref.current?.replaceChildren(renderStatic(text, footnotes.offset(), language, labels));
    const read = () => {
      frame = 0;
      text = readFragment(fragment);
      footnotes.setCount(numberedNotes(text));
      draw();
      latestOnText.current(text);
    };
    const changed = () => {
      if (frame === 0) frame = requestAnimationFrame(read);
    };
    footnotes.setCount(numberedNotes(text));
    draw();
    latestOnText.current(text);
    fragment.observeDeep(changed);
    const unsubscribe = footnotes.subscribe(draw);
    return () => {
      fragment.unobserveDeep(changed);
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [doc, sectionId, footnotes, language, labels]);

  return (
    <div className={boxed ? "editor" : "editor editor--readonly"}>
      <div ref={ref} className={boxed ? "prose editor__text editor__text--static" : "prose editor__text editor__text--readonly"} data-static-text="" lang={language} dir={directionOf(language)} />
    </div>
  );
}
