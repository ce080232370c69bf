import * as Y from "yjs";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { prosemirrorToYXmlFragment } from "@tiptap/y-tiptap";
import type { Repos } from "../store/store";
import { newId } from "../store/ids";
import { AppError } from "../http/errors";
import { text } from "../i18n/translate";
import { blocksFromPlainText, sectionRootName, type ContentBlock } from "../../shared/editor/content";
import { starterTextUpdate } from "../collab/documentState";
import type { DocumentRow, SectionRow } from "../store/documents";
import type { GroupRow } from "../store/groups";
import type { SectionStatus } from "../../shared/rights";
import { DEFAULT_DOCUMENT_LANGUAGE, type DocumentLanguage } from "../../shared/languages";

/** Section text already in the shared schema (an imported file): a `doc` node, written as it is. */
export interface RichSectionContent {
  doc: ProseMirrorNode;
}

export interface NewSection {
  title: string;
  ownerGroup: string;
  /** Starter text: blocks, plain text split into paragraphs, or a whole ProseMirror document. */
  content: readonly ContentBlock[] | string | RichSectionContent;
  /** Draft unless given (demo data starts some sections further along). */
  status?: SectionStatus;
  /** The section's own language; the document's unless given. */
  language?: DocumentLanguage | null;
}

async function resolveGroups(repos: Repos, slugs: readonly string[]): Promise<Map<string, GroupRow>> {
  const bySlug = new Map<string, GroupRow>();
  for (const slug of new Set(slugs)) {
    const group = await repos.groups.bySlug(slug);
    if (!group) throw new AppError(400, "validation_failed", text("groups.noSuch", { slug }));
    bySlug.set(slug, group);
  }
  return bySlug;
}

/**
 * Adds sections at the end of a document. Their starter text comes back as one Yjs update for the caller to
 * apply: through the document's room when it may be open (so everyone connected sees it), or straight into
 * the log for a document nobody can have open yet.
 */
export async function addSections(
  repos: Repos,
  now: number,
  documentId: string,
  sections: readonly NewSection[],
): Promise<{ rows: SectionRow[]; starterText: Uint8Array | null }> {
  const groups = await resolveGroups(repos, sections.map((s) => s.ownerGroup));
  let position = await repos.documents.nextPosition(documentId);
  const rows: SectionRow[] = [];
  const starter: { id: string; blocks: ContentBlock[] }[] = [];
  const rich: { id: string; doc: ProseMirrorNode }[] = [];
  for (const section of sections) {
    const row: SectionRow = {
      id: newId(),
      document_id: documentId,
      position: position++,
      title: section.title,
      owner_group_id: groups.get(section.ownerGroup)!.id,
      status: section.status ?? "draft",
      created_at: now,
      due_date: null,
      retired_at: null,
      language: section.language ?? null,
    };
    await repos.documents.insertSection(row);
    rows.push(row);
    if (typeof section.content !== "string" && "doc" in section.content) {
      if (section.content.doc.childCount > 0) rich.push({ id: row.id, doc: section.content.doc });
      continue;
    }
    const blocks = typeof section.content === "string" ? blocksFromPlainText(section.content) : [...section.content];
    if (blocks.length > 0) starter.push({ id: row.id, blocks });
  }
  await repos.documents.touch(documentId, now);
  const updates = [...(starter.length > 0 ? [starterTextUpdate(starter)] : []), ...(rich.length > 0 ? [richTextUpdate(rich)] : [])];
  return { rows, starterText: updates.length === 0 ? null : updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates) };
}

/** One Yjs update writing whole ProseMirror documents into fresh section fragments, as y-tiptap would. */
function richTextUpdate(sections: readonly { id: string; doc: ProseMirrorNode }[]): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    for (const section of sections) prosemirrorToYXmlFragment(section.doc, doc.getXmlFragment(sectionRootName(section.id)));
  });
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

export async function createDocument(
  repos: Repos,
  now: number,
  actorId: string | null,
  input: { title: string; description: string; sections: readonly NewSection[]; language?: DocumentLanguage },
): Promise<DocumentRow> {
  const document: DocumentRow = {
    id: newId(),
    title: input.title,
    description: input.description,
    language: input.language ?? DEFAULT_DOCUMENT_LANGUAGE,
    created_by: actorId,
    created_at: now,
    updated_at: now,
  };
  await repos.documents.insert(document);
  const { starterText } = await addSections(repos, now, document.id, input.sections);
  if (starterText) {
    await repos.documents.appendUpdate({ document_id: document.id, data: starterText, user_id: actorId, client_id: null, created_at: now });
  }
  return document;
}
