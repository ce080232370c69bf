import * as Y from "yjs";
import type { Repos } from "../store/store";
import type { UserWithGroups } from "../store/users";
import { resolveRange, textOfRange } from "../collab/ranges";
import { sectionRootName } from "../../shared/collab/protocol";
import { suggestionsMap } from "../../shared/collab/review";
import { schema } from "../../shared/editor/schema";
import { suggestionRuns, ZERO_WIDTH_SPACE } from "../../shared/editor/suggestions";
import { yXmlFragmentToProseMirrorRootNode } from "@tiptap/y-tiptap";
import type { RenderModel } from "./model";
import type { ExportSource } from "./source";
import { matrixWords, type MatrixColumn, type MatrixWords } from "./matrixWords";

// The comments matrix, as negotiators keep one: a row per comment (replies included, marked as such), per
// amendment and per suggestion (open ones where they stand in the text, decided ones after their section's
// rows), cited by the paragraph number its anchor starts in, in document order.

export interface MatrixRow {
  /** "12", "—" (a heading or text before any numbered paragraph), or "detached" (the text is gone). */
  paragraph: string;
  section: string;
  /** Comment, reply, amendment or suggestion, in the document's language. */
  kind: string;
  author: string;
  groups: string;
  text: string;
  status: string;
  outcome: string;
  /** YYYY-MM-DD (UTC). */
  date: string;
}

/** The columns in order; their titles are the document language's (MatrixWords.columns). */
export const MATRIX_COLUMNS: readonly (keyof MatrixRow & MatrixColumn)[] = ["paragraph", "section", "kind", "author", "groups", "text", "status", "outcome", "date"];

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const quotedIn = (words: MatrixWords, text: string) => words.quoted(text.replace(/\s+/g, " ").trim());

interface AnchorPlace {
  /** The paragraph number, null for text outside numbered paragraphs, or "detached" (the text is gone). */
  paragraph: number | null | "detached";
  /** Index of the top-level block it starts in, for document order. */
  block: number;
}

/** Where an anchor starts, in the render model: the block of its section and the paragraph number of that block. */
function placeOf(doc: Y.Doc, model: RenderModel, sectionId: string, start: string, end: string, quote: string): AnchorPlace {
  const detached = { paragraph: "detached" as const, block: Number.MAX_SAFE_INTEGER };
  const range = resolveRange(doc, start, end);
  if (!range || range.root !== sectionRootName(sectionId)) return detached;
  if (quote.trim().length > 0 && textOfRange(range).trim().length === 0) return detached;
  const fragment = doc.getXmlFragment(range.root);
  // Climb from the text to the block that is a direct child of the section: its index is the model's block index.
  let node: Y.AbstractType<any> = range.start.text;
  while (node.parent && node.parent !== fragment) node = node.parent as Y.AbstractType<any>;
  const index = fragment.toArray().indexOf(node as Y.XmlElement);
  const section = model.sections.find((s) => s.id === sectionId);
  if (!section || index < 0) return detached;
  return { paragraph: section.paragraphAt[index] ?? null, block: index };
}

/**
 * Builds the rows. `source.doc` must be the doc the model was read from (the anchors are resolved in it, so the
 * paragraph numbers are the model's).
 */
export async function buildMatrix(repos: Repos, source: ExportSource, model: RenderModel): Promise<MatrixRow[]> {
  const documentId = source.document.id;
  const words = matrixWords(model.language);
  const quoted = (text: string) => quotedIn(words, text);
  const [threads, amendments, outcomes] = await Promise.all([
    repos.threads.forDocument(documentId),
    repos.amendments.forDocument(documentId),
    repos.suggestionOutcomes.forDocument(documentId),
  ]);
  const openSuggestions = openSuggestionsOf(source, model);
  const comments = await repos.threads.comments(threads.map((t) => t.id));
  const userIds = new Set([
    ...comments.map((c) => c.author_id),
    ...threads.flatMap((t) => (t.resolved_by ? [t.resolved_by] : [])),
    ...amendments.flatMap((a) => [a.created_by, a.decided_by ?? ""]),
    ...outcomes.flatMap((o) => [o.author_id, o.decided_by]),
    ...openSuggestions.map((o) => o.author),
  ]);
  userIds.delete("");
  const users = new Map<string, UserWithGroups>();
  for (const id of userIds) {
    const user = await repos.users.byId(id);
    if (user) users.set(id, user);
  }
  const name = (id: string | null) => (id ? (users.get(id)?.name ?? words.formerMember) : "");
  const groupsOf = (id: string) => {
    const user = users.get(id);
    if (!user) return "";
    return user.groups.length > 0 ? user.groups.map((g) => g.name).join("; ") : words.role[user.role];
  };
  const order = new Map(model.sections.map((s, i) => [s.id, i]));
  const titles = new Map(model.sections.map((s) => [s.id, s.title]));
  // Threads and amendments on a retired section are kept: they are part of the record.
  const sectionTitle = (id: string) => titles.get(id) ?? words.retiredSection;

  const entries: { key: [number, number, number]; rows: MatrixRow[] }[] = [];
  // Document order: by section, then by the block the anchor starts in (detached ones last), then by time.
  const place = (sectionId: string, at: AnchorPlace, created: number, rows: MatrixRow[]) =>
    entries.push({ key: [order.get(sectionId) ?? Number.MAX_SAFE_INTEGER, at.block, created], rows });
  const label = ({ paragraph }: AnchorPlace) => (paragraph === "detached" ? words.detached : paragraph === null ? "—" : String(paragraph));

  for (const thread of threads) {
    const at = placeOf(source.doc, model, thread.section_id, thread.anchor_start, thread.anchor_end, thread.quote);
    const status = thread.status === "resolved" ? words.resolved : words.open;
    const outcome = thread.status === "resolved" && thread.resolved_by ? words.resolvedBy(name(thread.resolved_by), thread.resolved_at ? day(thread.resolved_at) : null) : "";
    const rows = comments
      .filter((c) => c.thread_id === thread.id)
      .map((c, index): MatrixRow => {
        const body = c.deleted_at !== null ? words.commentDeleted : c.body;
        return {
          paragraph: label(at),
          section: sectionTitle(thread.section_id),
          kind: index === 0 ? words.kind.comment : words.kind.reply,
          author: name(c.author_id),
          groups: groupsOf(c.author_id),
          text: index === 0 && thread.quote.trim() ? words.onPassage(quoted(thread.quote), body) : body,
          status,
          outcome: index === 0 ? outcome : "",
          date: day(c.created_at),
        };
      });
    place(thread.section_id, at, thread.created_at, rows);
  }

  for (const amendment of amendments) {
    const at = placeOf(source.doc, model, amendment.section_id, amendment.anchor_start, amendment.anchor_end, amendment.original_text);
    const proposed = amendment.proposed_text.trim() ? quoted(amendment.proposed_text) : words.deletion;
    const reason = amendment.reason.trim() ? `\n${words.reason(amendment.reason.trim())}` : "";
    const decision = amendment.status === "accepted" ? "accept" : amendment.status === "rejected" ? "reject" : null;
    const decidedBy = decision ? words.decidedBy(decision, name(amendment.decided_by), amendment.decided_at ? day(amendment.decided_at) : null) : "";
    const outcome = decision
      ? amendment.decision_note
        ? words.withNote(decidedBy, amendment.decision_note)
        : decidedBy
      : amendment.status === "withdrawn"
        ? words.withdrawnByProposer
        : "";
    place(amendment.section_id, at, amendment.created_at, [
      {
        paragraph: label(at),
        section: sectionTitle(amendment.section_id),
        kind: words.kind.amendment,
        author: name(amendment.created_by),
        groups: groupsOf(amendment.created_by),
        text: `${words.amendment(quoted(amendment.original_text), proposed)}${reason}`,
        status: words.amendmentStatus[amendment.status as keyof MatrixWords["amendmentStatus"]],
        outcome,
        date: day(amendment.created_at),
      },
    ]);
  }

  for (const open of openSuggestions) {
    const at: AnchorPlace = { paragraph: open.paragraph, block: open.block };
    place(open.sectionId, at, open.createdAt, [
      {
        paragraph: label(at),
        section: sectionTitle(open.sectionId),
        kind: words.kind.suggestion,
        author: name(open.author),
        groups: groupsOf(open.author),
        text: suggestionWords(words, open.inserted, open.deleted),
        status: words.open,
        outcome: "",
        date: open.createdAt > 0 ? day(open.createdAt) : "",
      },
    ]);
  }

  // Decided suggestions have no place in the text any more: after their section's rows, in the order decided.
  for (const outcome of outcomes) {
    const at: AnchorPlace = { paragraph: null, block: Number.MAX_SAFE_INTEGER - 1 };
    place(outcome.section_id, at, outcome.decided_at, [
      {
        paragraph: "—",
        section: sectionTitle(outcome.section_id),
        kind: words.kind.suggestion,
        author: name(outcome.author_id),
        groups: groupsOf(outcome.author_id),
        text: suggestionWords(words, outcome.inserted_text, outcome.deleted_text),
        status: words.suggestionStatus[outcome.decision],
        outcome:
          outcome.decision === "withdraw"
            ? words.withdrawnByAuthor
            : outcome.note
              ? words.withNote(words.decidedBy(outcome.decision, name(outcome.decided_by), day(outcome.decided_at)), outcome.note)
              : words.decidedBy(outcome.decision, name(outcome.decided_by), day(outcome.decided_at)),
        date: day(outcome.decided_at),
      },
    ]);
  }

  entries.sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.key[2] - b.key[2]);
  return entries.flatMap((entry) => entry.rows);
}

/** A suggestion in words: what it inserts, deletes or replaces. */
function suggestionWords(words: MatrixWords, inserted: string, deleted: string): string {
  if (inserted && deleted) return words.replace(quotedIn(words, deleted), quotedIn(words, inserted));
  if (deleted) return words.remove(quotedIn(words, deleted));
  return inserted.trim() ? words.insert(quotedIn(words, inserted)) : words.paragraphBreak;
}

interface OpenSuggestion {
  sectionId: string;
  id: string;
  author: string;
  inserted: string;
  deleted: string;
  /** Index of the top-level block it starts in, and that block's agreed paragraph number. */
  block: number;
  paragraph: number | null;
  createdAt: number;
}

/** The suggestions still open in the text the model was read from, per id, where each starts. */
function openSuggestionsOf(source: ExportSource, model: RenderModel): OpenSuggestion[] {
  const registry = suggestionsMap(source.doc);
  const found: OpenSuggestion[] = [];
  for (const section of model.sections) {
    const content = yXmlFragmentToProseMirrorRootNode(source.doc.getXmlFragment(sectionRootName(section.id)), schema);
    const byId = new Map<string, OpenSuggestion>();
    for (const run of suggestionRuns(content)) {
      const words = content.textBetween(run.from, run.to, "\n").replaceAll(ZERO_WIDTH_SPACE, "");
      let entry = byId.get(run.id);
      if (!entry) {
        const block = content.resolve(run.from).index(0);
        const created = Date.parse(registry.get(run.id)?.createdAt ?? "");
        entry = { sectionId: section.id, id: run.id, author: run.author, inserted: "", deleted: "", block, paragraph: section.paragraphAt[block] ?? null, createdAt: Number.isNaN(created) ? 0 : created };
        byId.set(run.id, entry);
        found.push(entry);
      }
      if (run.kind === "insertion") entry.inserted += words;
      else entry.deleted += words;
    }
  }
  return found;
}

/**
 * RFC 4180: every field quoted, quotes doubled, CRLF between records. A cell that a spreadsheet would run as a
 * formula (starting with = + - @, or a tab or carriage return) is made text with a leading apostrophe.
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function renderMatrixCsv(rows: readonly MatrixRow[], words: MatrixWords): string {
  const lines = [MATRIX_COLUMNS.map((column) => csvField(words.columns[column])).join(",")];
  for (const row of rows) lines.push(MATRIX_COLUMNS.map((column) => csvField(row[column])).join(","));
  // The byte order mark makes Excel read UTF-8 (names with accents, typographic quotes) as UTF-8.
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
