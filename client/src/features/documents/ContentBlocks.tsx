import type { ContentBlock } from "../../../../shared/editor/content";
import { directionOf, type DocumentLanguage } from "../../../../shared/languages";
import { useT } from "../../i18n/useLocale";

/** A section's text, read-only. Section titles are h2, so the text's own headings start at h3. */
export function ContentBlocks({ blocks, language }: { blocks: readonly ContentBlock[]; language: DocumentLanguage }) {
  const t = useT();
  if (blocks.length === 0) return <p className="muted section__empty">{t("documents.section.noText")}</p>;
  return (
    <div className="prose" lang={language} dir={directionOf(language)}>
      {blocks.map((block, index) => {
        if (block.type === "heading") {
          const Heading = block.level === 2 ? "h3" : "h4";
          return (
            <Heading key={index} dir="auto">
              {block.text}
            </Heading>
          );
        }
        return (
          <p key={index} dir="auto">
            {block.text}
          </p>
        );
      })}
    </div>
  );
}
