import type { Repos } from "../store/store";
import type { RoomManager } from "../collab/rooms";
import type { OutlineEntry } from "../../shared/api/review";
import { writeDocumentLanguage, writeOutline } from "../../shared/collab/outline";
import type { DocumentLanguage } from "../../shared/languages";

const iso = (ms: number) => new Date(ms).toISOString();

/** The document's outline from the tables: the truth the live outline root mirrors. */
export async function outlineOf(repos: Repos, documentId: string): Promise<OutlineEntry[]> {
  const sections = await repos.documents.sections([documentId]);
  const groups = new Map((await repos.groups.byIds([...new Set(sections.map((s) => s.owner_group_id))])).map((g) => [g.id, g]));
  const transitions = await repos.transitions.forDocument(documentId);
  const last = new Map(transitions.map((t) => [t.section_id, t]));
  const actors = await repos.users.people(transitions.map((t) => t.actor_id));
  return sections.map((s) => {
    const group = groups.get(s.owner_group_id)!;
    const t = last.get(s.id);
    return {
      id: s.id,
      title: s.title,
      position: s.position,
      ownerGroup: { id: group.id, slug: group.slug, name: group.name },
      status: s.status,
      dueDate: s.due_date,
      language: s.language,
      lastTransition: t
        ? { from: t.from_status, to: t.to_status, by: { id: t.actor_id, name: actors.get(t.actor_id)?.name ?? "someone" }, at: iso(t.at), note: t.note }
        : null,
    };
  });
}

/** Re-reads section facts for the guard and writes the outline root, so every browser sees the change live. */
export async function publishOutline(repos: Repos, rooms: RoomManager, documentId: string, userId: string | null): Promise<OutlineEntry[]> {
  const outline = await outlineOf(repos, documentId);
  await rooms.refreshSections(documentId);
  await rooms.serverChange(documentId, (doc) => writeOutline(doc, outline), userId);
  return outline;
}

/** Writes the document's language into the live outline root, so open editors set `lang` and `dir` at once. */
export async function publishDocumentLanguage(rooms: RoomManager, documentId: string, language: DocumentLanguage, userId: string | null): Promise<void> {
  await rooms.serverChange(documentId, (doc) => writeDocumentLanguage(doc, language), userId);
}
