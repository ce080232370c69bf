import type { Repos } from "../../store/store";
import type { AuditRow } from "../../store/audit";
import { text, type ServerText, type Translator } from "../../i18n/translate";
import { actionSentence, editSentence, type Said, type Words } from "./actionWords";

/** The names a batch of audit entries needs, looked up once for the whole batch. */
export interface Names {
  said(row: AuditRow): Said;
  /** A section in the same words the sentences use ("3. Title"). */
  section(id: string | null | undefined): Words;
  person(id: string | null | undefined): Words;
}

const SOMEONE = text("activity.someone");
const A_SECTION = text("activity.aSection");
const A_GROUP = text("activity.aGroup");
const A_SUBMISSION = text("activity.aSubmission");

const strings = (values: readonly unknown[]): string[] => values.filter((v): v is string => typeof v === "string" && v !== "");

/**
 * Looks up everything the sentences of these entries name: people, sections (retired ones too, by title),
 * the sections of threads and amendments, groups, submissions and invitations.
 */
export async function namesFor(repos: Repos, rows: readonly AuditRow[], userIds: readonly string[] = []): Promise<Names> {
  const details = new Map(rows.map((row) => [row, JSON.parse(row.detail) as Record<string, unknown>]));
  const documentIds = [...new Set(strings(rows.map((row) => row.document_id)))];
  const peopleIds = new Set(strings([...userIds, ...rows.map((row) => row.actor_id)]));
  for (const [row, detail] of details) {
    if (row.action.startsWith("user.") || row.action.startsWith("cli.user.")) peopleIds.add(row.target ?? "");
    for (const id of strings([detail.userId, detail.proposer])) peopleIds.add(id);
    if (Array.isArray(detail.suggestions)) for (const s of detail.suggestions as { author?: unknown }[]) for (const id of strings([s.author])) peopleIds.add(id);
  }
  const wants = (prefix: string) => rows.some((row) => row.action.startsWith(prefix));
  const [people, sections, threads, amendments, groups, submissions, invitations] = await Promise.all([
    repos.users.people(peopleIds),
    repos.documents.sectionsEver(documentIds),
    Promise.all(documentIds.map((id) => repos.threads.forDocument(id))).then((all) => all.flat()),
    Promise.all(documentIds.map((id) => repos.amendments.forDocument(id))).then((all) => all.flat()),
    wants("group.") || wants("section.owner_change") ? repos.groups.list() : Promise.resolve([]),
    wants("share_link.") ? Promise.all(documentIds.map((id) => repos.submissions.forDocument(id))).then((all) => all.flat()) : Promise.resolve([]),
    wants("invitation.") ? repos.invitations.list() : Promise.resolve([]),
  ]);

  // Numbered as the page numbers them: live sections in order, per document.
  const sectionWords = new Map<string, ServerText>();
  const numbers = new Map<string, number>();
  for (const s of sections) {
    if (s.retired_at !== null) {
      sectionWords.set(s.id, text("activity.retiredSection", { title: s.title }));
      continue;
    }
    const n = (numbers.get(s.document_id) ?? 0) + 1;
    numbers.set(s.document_id, n);
    sectionWords.set(s.id, text("activity.section", { number: n, title: s.title }));
  }
  const threadSection = new Map(threads.map((t) => [t.id, t.section_id]));
  const amendmentSection = new Map(amendments.map((a) => [a.id, a.section_id]));
  const groupNames = new Map(groups.flatMap((g) => [[g.id, g.name], [g.slug, g.name]] as const));
  const submissionWords = new Map(submissions.map((s) => [s.id, text("activity.submission", { number: s.number })]));
  const invitationWords = new Map(invitations.map((i) => [i.id, i.email]));

  const person = (id: string | null | undefined): Words => (id ? (people.get(id)?.name ?? text("activity.formerUser")) : SOMEONE);
  const section = (id: string | null | undefined): Words => (id ? (sectionWords.get(id) ?? A_SECTION) : A_SECTION);
  return {
    section,
    person,
    said(row) {
      return {
        actor: row.actor_id ? person(row.actor_id) : "Penholder",
        target: row.target,
        detail: details.get(row) ?? {},
        section,
        sectionOfThread: (id) => section(id ? threadSection.get(id) : null),
        sectionOfAmendment: (id) => section(id ? amendmentSection.get(id) : null),
        person,
        group: (id) => (id ? (groupNames.get(id) ?? A_GROUP) : A_GROUP),
        submission: (id) => (id ? (submissionWords.get(id) ?? A_SUBMISSION) : A_SUBMISSION),
        invitation: (id) => (id ? (invitationWords.get(id) ?? SOMEONE) : SOMEONE),
      };
    },
  };
}

/** The sentence for one audit row, to be said in the reader's language. */
export const describeAudit = (names: Names, row: AuditRow): ServerText => actionSentence(row.action, names.said(row));

/** The sentence for one person's typing in one section over an hour. */
export const describeEdits = (names: Names, edit: { user_id: string; section_id: string; updates: number }): ServerText =>
  editSentence(names.person(edit.user_id), names.section(edit.section_id), edit.updates);

/** A name as people wrote it, or our words for a missing one in the reader's language (a list's actor, a CSV cell). */
export const wordsIn = (say: Translator, words: Words): string => (typeof words === "string" ? words : say(words));
