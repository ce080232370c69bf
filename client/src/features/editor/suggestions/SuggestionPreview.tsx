import { useEffect, useRef } from "react";
import { DOMSerializer, type Node as ProseMirrorNode } from "@tiptap/pm/model";
import { schema } from "../../../../../shared/editor/schema";
import { acceptedText, agreedText } from "../../../../../shared/editor/suggestions";
import { useT } from "../../../i18n/useLocale";

interface Props {
  doc: ProseMirrorNode;
  view: "accepted" | "original";
  sectionTitle: string;
}

/**
 * The section as it would read with every suggestion accepted, or with every one rejected (the agreed text),
 * drawn from the live text with the shared rules: the same ones the server applies when they are decided.
 */
export function SuggestionPreview({ doc, view, sectionTitle }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const target = ref.current;
    if (!target) return;
    const resolved = view === "accepted" ? acceptedText(doc) : agreedText(doc);
    target.replaceChildren(DOMSerializer.fromSchema(schema).serializeFragment(resolved.content));
  }, [doc, view]);
  return (
    <div className="suggestion-preview">
      <p className="suggestion-preview__note">
        {view === "accepted" ? t("editor.preview.accepted") : t("editor.preview.original")}
      </p>
      <div ref={ref} className="prose suggestion-preview__text" aria-label={t(view === "accepted" ? "editor.preview.acceptedLabel" : "editor.preview.originalLabel", { title: sectionTitle })} role="region" />
    </div>
  );
}
