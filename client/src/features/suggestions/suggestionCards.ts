import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { SuggestionInfo } from "../../../../shared/api/suggestions";
import { suggestionRuns, ZERO_WIDTH_SPACE } from "../../../../shared/editor/suggestions";
import { shortQuote } from "../../review/quote";

// What the margin shows for each open suggestion of a section: what it does, in words, and who made it when.
// Read from the section's text (the marks) and the server-written registry (names, groups, time), which may lag
// a moment behind the text: until it arrives, the author is known by id only.

export type SuggestionCardKind = "insertion" | "deletion" | "replacement" | "paragraph" | "join";

export interface SuggestionCard {
  id: string;
  kind: SuggestionCardKind;
  /** The words inserted and deleted as shown on the card: paragraph breaks as " ¶ ", long text shortened. */
  inserted: string;
  deleted: string;
  /** An insertion that starts a new paragraph with its words ("New paragraph: “…”" rather than "Insert “…”"). */
  opensParagraph: boolean;
  authorId: string;
  /** Null until the registry has it. */
  authorName: string | null;
  groups: string[];
  createdAt: string | null;
  /** Where it starts and ends in the section (document order; a replacement spans both its parts). */
  from: number;
  to: number;
}

const QUOTE_LIMIT = 160;
export const PARAGRAPH_MARK = "¶";

/**
 * The words of a suggestion's runs as a person reads them: zero-width spaces dropped, paragraphs joined by " ¶ ",
 * runs apart from each other joined by " … ".
 */
function shown(runs: readonly string[]): { text: string; breaks: boolean } {
  let breaks = false;
  const texts = runs.map((raw) => {
    const paragraphs = raw.replaceAll(ZERO_WIDTH_SPACE, "").split("\n");
    if (paragraphs.length > 1) breaks = true;
    return paragraphs
      .map((part) => part.trim())
      .filter((part) => part.length > 0)
      .join(` ${PARAGRAPH_MARK} `);
  });
  return { text: shortQuote(texts.filter((text) => text.length > 0).join(" … "), QUOTE_LIMIT), breaks };
}

interface Parts {
  id: string;
  authorId: string;
  inserted: string[];
  deleted: string[];
  from: number;
  to: number;
}

function kindOf(inserted: { text: string; breaks: boolean }, deleted: { text: string; breaks: boolean }): SuggestionCardKind {
  if (inserted.text && deleted.text) return "replacement";
  if (deleted.text) return "deletion";
  if (inserted.text) return "insertion";
  return deleted.breaks ? "join" : "paragraph";
}

/** The open suggestions of a section, one card per suggestion, in the order of the text. */
export function suggestionCards(doc: ProseMirrorNode, infoOf: (id: string) => SuggestionInfo | undefined): SuggestionCard[] {
  const byId = new Map<string, Parts>();
  for (const run of suggestionRuns(doc)) {
    const parts = byId.get(run.id) ?? { id: run.id, authorId: run.author, inserted: [], deleted: [], from: run.from, to: run.to };
    (run.kind === "insertion" ? parts.inserted : parts.deleted).push(doc.textBetween(run.from, run.to, "\n"));
    parts.from = Math.min(parts.from, run.from);
    parts.to = Math.max(parts.to, run.to);
    byId.set(run.id, parts);
  }
  return [...byId.values()]
    .sort((a, b) => a.from - b.from)
    .map((parts) => {
      const inserted = shown(parts.inserted);
      const deleted = shown(parts.deleted);
      const kind = kindOf(inserted, deleted);
      const info = infoOf(parts.id);
      return {
        id: parts.id,
        kind,
        inserted: inserted.text,
        deleted: deleted.text,
        opensParagraph: kind === "insertion" && inserted.breaks,
        authorId: parts.authorId,
        authorName: info?.author.name ?? null,
        groups: info?.groups ?? [],
        createdAt: info?.createdAt ?? null,
        from: parts.from,
        to: parts.to,
      };
    });
}
