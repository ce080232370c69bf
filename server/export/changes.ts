import type * as Y from "yjs";
import type { Mark, Node as ProseMirrorNode } from "@tiptap/pm/model";
import { suggestionRuns } from "../../shared/editor/suggestions";
import type { SuggestionKind } from "../../shared/editor/marks/suggestion";
import { suggestionsMap } from "../../shared/collab/review";
import { clean, type TrackedChange, type TrackedChanges } from "./inline";

// The suggestions of a tracked export as its formats show them: who made each (by name) and when, and which
// paragraph ends they insert or delete.
//
// Names come from the server-written `suggestions` root (who made it as the server knew them then, and when);
// where it has no entry, from the people the store knows now (user id -> name); failing both, the export's words for
// an unknown author ("Unknown author", in the document's language).

/** People by user id, as the export's caller read them from the store. */
export type PeopleNames = Readonly<Record<string, string>>;

/** ISO 8601 in whole seconds, as Word writes `w:date`; null for anything that is not a time. */
export function isoSeconds(value: unknown): string | null {
  if (typeof value !== "string") return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
}

/** Reads each suggestion's author and time once, by its id. */
function changeReader(doc: Y.Doc, people: PeopleNames, unknownAuthor: string): (kind: SuggestionKind, id: string, authorId: string) => TrackedChange {
  const infos = suggestionsMap(doc);
  const known = new Map<string, { author: string; date: string | null }>();
  return (kind, id, authorId) => {
    let found = known.get(id);
    if (!found) {
      const info = infos.get(id);
      const recorded = typeof info?.author?.name === "string" ? clean(info.author.name).trim() : "";
      const stored = Object.hasOwn(people, authorId) ? clean(people[authorId]!).trim() : "";
      found = { author: recorded || stored || unknownAuthor, date: isoSeconds(info?.createdAt) };
      known.set(id, found);
    }
    return { kind, id, ...found };
  };
}

export interface TrackedChangesBuilder {
  changes: TrackedChanges;
  /** Finds the paragraph ends a section's suggestions insert or delete (its text as the editor shows it). */
  addSection(content: ProseMirrorNode): void;
  /** Marks one textblock's end as inserted or deleted by `change` (a redline's wholly added or removed section). */
  setEnd(block: ProseMirrorNode, change: TrackedChange): void;
}

/** Who made a change and when, by its mark's kind, id and author id. */
export type ChangeReader = (kind: SuggestionKind, id: string, authorId: string) => TrackedChange;

export function createTrackedChanges(doc: Y.Doc, people: PeopleNames, unknownAuthor: string): TrackedChangesBuilder {
  return trackedChangesWith(changeReader(doc, people, unknownAuthor));
}

export function trackedChangesWith(read: ChangeReader): TrackedChangesBuilder {
  const ends = new Map<ProseMirrorNode, TrackedChange>();
  const starts = new Map<ProseMirrorNode, TrackedChange>();
  return {
    changes: { of: (mark: Mark) => read(mark.type.name as SuggestionKind, String(mark.attrs.id), String(mark.attrs.author)), ends, starts },
    setEnd: (block, change) => void ends.set(block, change),
    addSection(content) {
      const runs = suggestionRuns(content);
      if (runs.length === 0) return;
      content.descendants((node, pos) => {
        if (!node.isTextblock) return true;
        // A run that covers this block's end and goes on in a later block inserts or deletes the break between them.
        const start = pos + 1;
        const end = start + node.content.size;
        const across = runs.find((r) => r.from < end && r.to > end);
        if (across) ends.set(node, read(across.kind, across.id, across.author));
        const into = runs.find((r) => r.from < start && r.to > start);
        if (into) starts.set(node, read(into.kind, into.id, into.author));
        return false;
      });
    },
  };
}
