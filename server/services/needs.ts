import type { Deps } from "../deps";
import type { UserWithGroups } from "../store/users";
import type { Needs, OwnedSection, SectionRef, WaitingItem } from "../../shared/api/inbox";
import { canApproveSection } from "../../shared/rights";
import { actorOf } from "../http/middleware/session";

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * What needs this person, across every document: their groups' sections (status, due date, what is open in
 * them) and what waits for them (replies and mentions not yet read, others' suggestions and amendments in their
 * sections, and for chairs the sections in review). A fixed number of queries whatever the number of documents or sections.
 */
export async function needsOf(deps: Deps, user: UserWithGroups, limit: number): Promise<Needs> {
  const { store } = deps;
  const actor = actorOf(user);
  const reviews = canApproveSection(actor);
  const [owned, inReview, unread] = await Promise.all([
    store.needs.sectionsOwnedBy(actor.groupIds),
    reviews ? store.needs.sectionsInStatus("in_review") : Promise.resolve([]),
    store.notifications.unread(user.id, ["reply", "mention"], limit),
  ]);
  const ownedIds = owned.map((s) => s.id);
  const unreadThreads = await store.threads.byIds(unread.flatMap((n) => (n.thread_id ? [n.thread_id] : [])));
  const threadSection = new Map(unreadThreads.map((t) => [t.id, t]));
  const open = owned.filter((s) => s.status !== "approved").map((s) => s.id);
  const [index, suggestionCounts, threadCounts, suggestions, amendments, submitted, comments, groups] = await Promise.all([
    store.needs.sectionIndex([...owned, ...inReview].map((s) => s.document_id).concat(unread.map((n) => n.document_id))),
    store.needs.openSuggestionCounts(ownedIds),
    store.needs.openThreadCounts(ownedIds),
    store.needs.openSuggestionsIn(open, user.id, limit),
    store.needs.openAmendmentsIn(open, user.id, limit),
    store.needs.lastMovedTo(inReview.map((s) => s.id), "in_review"),
    store.threads.commentsByIds(unread.flatMap((n) => (n.comment_id ? [n.comment_id] : []))),
    store.groups.byIds([...new Set([...owned, ...inReview].map((s) => s.owner_group_id))]),
  ]);
  const documentIds = new Set([...unreadThreads.map((t) => t.document_id), ...unread.map((n) => n.document_id)]);
  const [titles, people] = await Promise.all([
    documentIds.size > 0 ? store.needs.documentTitles([...documentIds]) : Promise.resolve(new Map<string, string>()),
    store.users.people([...unread.map((n) => n.actor_id ?? ""), ...suggestions.map((s) => s.author_id), ...amendments.map((a) => a.created_by), ...[...submitted.values()].map((m) => m.actorId)]),
  ]);
  for (const s of [...owned, ...inReview]) titles.set(s.document_id, s.document_title);
  const groupOf = new Map(groups.map((g) => [g.id, g]));
  const person = (id: string) => ({ id, name: people.get(id)?.name ?? "Former member" });
  const ref = (id: string, title: string): SectionRef => ({ id, number: index.get(id)?.number ?? null, title });

  const sections: OwnedSection[] = owned.map((s) => ({
    documentId: s.document_id,
    documentTitle: s.document_title,
    section: ref(s.id, s.title),
    ownerGroup: { id: s.owner_group_id, slug: groupOf.get(s.owner_group_id)?.slug ?? "", name: groupOf.get(s.owner_group_id)?.name ?? "" },
    status: s.status,
    dueDate: s.due_date,
    openSuggestions: suggestionCounts.get(s.id) ?? 0,
    openThreads: threadCounts.get(s.id) ?? 0,
  }));

  const commentById = new Map(comments.map((c) => [c.id, c]));
  const waiting: WaitingItem[] = [
    ...unread.map((n): WaitingItem => {
      const thread = n.thread_id ? threadSection.get(n.thread_id) : undefined;
      const sectionId = n.section_id ?? thread?.section_id ?? null;
      const comment = n.comment_id ? commentById.get(n.comment_id) : undefined;
      return {
        kind: n.kind === "mention" ? "mention" : "reply",
        notificationId: n.id,
        documentId: n.document_id,
        documentTitle: titles.get(n.document_id) ?? "A document",
        section: sectionId ? sectionRefOf(sectionId, n.section_label, index) : null,
        threadId: n.thread_id,
        suggestionId: n.suggestion_id ?? thread?.suggestion_id ?? null,
        by: n.actor_id ? { id: n.actor_id, name: people.get(n.actor_id)?.name ?? n.actor_name ?? "Former member" } : null,
        excerpt: comment && comment.deleted_at === null ? comment.body.slice(0, 200) : "",
        at: iso(n.created_at),
      };
    }),
    ...suggestions.map((s): WaitingItem => {
      const section = owned.find((o) => o.id === s.section_id)!;
      return { kind: "suggestion", suggestionId: s.id, by: person(s.author_id), documentId: s.document_id, documentTitle: section.document_title, section: ref(s.section_id, section.title), at: iso(Number(s.created_at)) };
    }),
    ...amendments.map((a): WaitingItem => {
      const section = owned.find((o) => o.id === a.section_id)!;
      return { kind: "amendment", amendmentId: a.id, by: person(a.created_by), documentId: a.document_id, documentTitle: section.document_title, section: ref(a.section_id, section.title), at: iso(Number(a.created_at)) };
    }),
    ...inReview.map((s): WaitingItem => {
      const moved = submitted.get(s.id);
      return {
        kind: "review",
        by: moved ? person(moved.actorId) : null,
        ownerGroup: groupOf.get(s.owner_group_id)?.name ?? "",
        dueDate: s.due_date,
        documentId: s.document_id,
        documentTitle: s.document_title,
        section: ref(s.id, s.title),
        at: iso(moved?.at ?? s.created_at),
      };
    }),
  ];
  // Newest first: what came in last is what the person has not seen yet.
  waiting.sort((a, b) => b.at.localeCompare(a.at));
  return { groups: user.groups.map((g) => ({ id: g.id, slug: g.slug, name: g.name })), sections, waiting, reviews };
}

/** A section named as it is now while it exists (it may have moved or been renamed), else as the entry recorded it. */
function sectionRefOf(id: string, recorded: string | null, index: ReadonlyMap<string, { number: number; title: string }>): SectionRef {
  const now = index.get(id);
  if (now) return { id, number: now.number, title: now.title };
  const match = recorded ? /^(\d+)\. (.*)$/s.exec(recorded) : null;
  return { id, number: match ? Number(match[1]) : null, title: match ? match[2]! : (recorded ?? "") };
}
