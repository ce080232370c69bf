import type { ActivityAudience } from "../../../shared/collab/protocol";
import { isDocumentLanguage } from "../../../shared/languages";
import { parseStoredText, text as message, type ServerMessageId, type ServerText } from "../../i18n/translate";

// Every action the audit log records, said as a sentence: who did what to which section, with names and titles,
// never an action code or an id. Each sentence is a message of the server's catalogue (server/i18n/messages, the
// "activity." keys), said in the reader's language where it is read. `actionWords.test.ts` reads the server's
// sources for every action name written to the audit log and fails if one has no sentence here.

/** A name or title as people wrote it (isolated in Arabic), or our own words for one that is missing ("someone"). */
export type Words = string | ServerText;

/** What a sentence may name, already looked up: people, sections, groups, submissions. */
export interface Said {
  /** Who did it ("Ravi Sharma"), or "Penholder" for the system itself. */
  actor: Words;
  /** The audit row's target id (a section, thread, user…), as stored. */
  target: string | null;
  detail: Record<string, unknown>;
  /** "3. A properly resourced Forum" for a section of the outline, "“Title” (retired)" for a retired one. */
  section(id: string | null | undefined): Words;
  /** The section a thread, comment or amendment belongs to, in the same words. */
  sectionOfThread(threadId: string | null | undefined): Words;
  sectionOfAmendment(amendmentId: string | null | undefined): Words;
  person(id: string | null | undefined): Words;
  /** A group by id or by slug. */
  group(idOrSlug: string | null | undefined): Words;
  submission(id: string | null | undefined): Words;
  invitation(id: string | null | undefined): Words;
}

/** Editorial actions are for everyone who reads the document; the rest (accounts, sharing) for admins only. */
export type Audience = ActivityAudience;

interface ActionWords {
  audience: Audience;
  sentence(said: Said): ServerText;
}

const given = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const stringOf = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
/** A title the messages put in quotation marks; "untitled" (in the reader's language) when there is none. */
const title = (value: unknown): Words => given(value) ?? message("activity.untitled");
/** A version's name: the server's own names in the reader's language (their message, kept beside the English label). */
const versionName = (detail: Record<string, unknown>): Words =>
  (typeof detail.labelMessage === "string" ? parseStoredText(detail.labelMessage) : null) ?? title(detail.label);
const email = (value: unknown): Words => given(value) ?? message("activity.noEmail");
/** A note the person wrote, said after a colon where there is one (`{hasNote, select, yes {…}}` in the messages). */
const note = (value: unknown) => {
  const written = given(value);
  return written ? { hasNote: "yes", note: written.replace(/\.$/, "") } : { hasNote: "no", note: "" };
};
/** A role as stored: each message words it in its own select (the case it takes differs per language). */
const role = (value: unknown): string => (typeof value === "string" ? value : "");
/** A document language's code: the messages name it (`{language, select, ar {Arabic} …}`). */
const language = (value: unknown): string => (typeof value === "string" ? value : "");
/** A count as stored (a number, or the list counted); 0 for anything else, so no sentence says "NaN". */
const howMany = (value: unknown): number => (Array.isArray(value) ? value.length : typeof value === "number" && Number.isFinite(value) ? value : 0);
const number = (value: unknown): string | number => (typeof value === "number" ? value : typeof value === "string" ? value : "");

/** Phrases said one after the other with the language's "and". */
const and = (parts: readonly ServerText[]): ServerText | null =>
  parts.reduceRight<ServerText | null>((rest, part) => (rest ? message("activity.and", { first: part, second: rest }) : part), null);
/** Names listed with the language's comma. */
const list = (names: readonly Words[]): Words =>
  names.reduceRight<Words | null>((rest, name) => (rest === null ? name : message("activity.list", { first: name, rest })), null) ?? "";

function userChanges(detail: Record<string, unknown>): ServerText {
  const parts: ServerText[] = [];
  if (given(detail.name)) parts.push(message("activity.user.renamed", { name: given(detail.name)! }));
  if (detail.role !== undefined) parts.push(message("activity.user.role", { role: role(detail.role) }));
  if (detail.active === false) parts.push(message("activity.user.deactivated"));
  if (detail.active === true) parts.push(message("activity.user.reactivated"));
  return and(parts) ?? message("activity.user.noChange");
}

function sectionChanges(s: Said): ServerText {
  const section = s.section(s.target);
  const parts: ServerText[] = [];
  if (given(s.detail.title)) parts.push(message("activity.change.renamed", { section }));
  if (s.detail.dueDate === null) parts.push(message("activity.change.dueDateRemoved", { section }));
  else if (given(s.detail.dueDate)) parts.push(message("activity.change.dueDate", { section, date: given(s.detail.dueDate)! }));
  if (s.detail.language === null) parts.push(message("activity.change.documentLanguage", { section }));
  else if (isDocumentLanguage(s.detail.language)) parts.push(message("activity.change.language", { section, language: language(s.detail.language) }));
  return and(parts) ?? message("activity.change.section", { section });
}

/** How many suggestions, by whom (up to three names) and where: the values of the suggestion.* messages. */
function suggestions(s: Said) {
  const items = Array.isArray(s.detail.suggestions) ? (s.detail.suggestions as { author?: unknown }[]) : [];
  const authors = [...new Map(items.map((item) => s.person(stringOf(item.author))).map((name) => [JSON.stringify(name), name])).values()];
  const byAuthors = authors.length === 0 || authors.length > 3 ? "none" : authors.length === 1 ? "one" : "many";
  return { count: items.length, byAuthors, authors: byAuthors === "none" ? "" : list(authors), section: s.section(s.target) };
}

/** A sentence naming who did it (and the section) by the message id, the values each action adds. */
const saying =
  (id: ServerMessageId, values: (s: Said) => Record<string, Words | number> = () => ({})) =>
  (s: Said): ServerText =>
    message(id, { actor: s.actor, ...values(s) });
const inSection = (id: ServerMessageId, where: (s: Said) => Words) => saying(id, (s) => ({ section: where(s) }));
const detailSection = (s: Said) => s.section(stringOf(s.detail.sectionId));
const threadSection = (s: Said) => s.sectionOfThread(stringOf(s.detail.threadId));

export const ACTION_WORDS = {
  "document.create": { audience: "editorial", sentence: saying("activity.document.create", (s) => ({ title: title(s.detail.title) })) },
  "document.import": {
    audience: "editorial",
    sentence: saying("activity.document.import", (s) => ({ title: title(s.detail.title), count: howMany(s.detail.sections) })),
  },
  "document.update": { audience: "editorial", sentence: saying("activity.document.update", (s) => ({ language: language(s.detail.language) })) },
  "document.submit": { audience: "editorial", sentence: saying("activity.document.submit", (s) => ({ number: number(s.detail.number) })) },
  "section.create": { audience: "editorial", sentence: inSection("activity.section.create", (s) => s.section(s.target)) },
  "section.update": { audience: "editorial", sentence: saying("activity.section.update", (s) => ({ changes: sectionChanges(s) })) },
  "section.owner_change": {
    audience: "editorial",
    sentence: (s) => {
      const values = { actor: s.actor, section: s.section(s.target), group: s.group(given(s.detail.ownerGroup)) };
      const from = given(s.detail.fromGroupId);
      return from ? message("activity.section.ownerChangeFrom", { ...values, from: s.group(from) }) : message("activity.section.ownerChange", values);
    },
  },
  "section.reorder": { audience: "editorial", sentence: saying("activity.section.reorder") },
  "section.retire": { audience: "editorial", sentence: saying("activity.section.retire", (s) => ({ title: title(s.detail.title) })) },
  "section.in_review": { audience: "editorial", sentence: saying("activity.section.inReview", (s) => ({ section: s.section(s.target), ...note(s.detail.note) })) },
  "section.approved": { audience: "editorial", sentence: saying("activity.section.approved", (s) => ({ section: s.section(s.target), ...note(s.detail.note) })) },
  "section.changes_requested": {
    audience: "editorial",
    sentence: saying("activity.section.changesRequested", (s) => ({ section: s.section(s.target), ...note(s.detail.note) })),
  },
  "section.draft": {
    audience: "editorial",
    sentence: (s) =>
      message(s.detail.from === "approved" ? "activity.section.reopened" : "activity.section.backToDraft", {
        actor: s.actor,
        section: s.section(s.target),
        ...note(s.detail.note),
      }),
  },
  "thread.create": { audience: "editorial", sentence: inSection("activity.thread.create", detailSection) },
  "comment.create": { audience: "editorial", sentence: inSection("activity.comment.create", threadSection) },
  "comment.edit": { audience: "editorial", sentence: inSection("activity.comment.edit", threadSection) },
  "comment.delete": { audience: "editorial", sentence: inSection("activity.comment.delete", threadSection) },
  "thread.resolve": { audience: "editorial", sentence: inSection("activity.thread.resolve", (s) => s.sectionOfThread(s.target)) },
  "thread.reopen": { audience: "editorial", sentence: inSection("activity.thread.reopen", (s) => s.sectionOfThread(s.target)) },
  "amendment.propose": { audience: "editorial", sentence: inSection("activity.amendment.propose", detailSection) },
  "amendment.accept": {
    audience: "editorial",
    sentence: saying("activity.amendment.accept", (s) => ({ proposer: s.person(stringOf(s.detail.proposer)), section: s.sectionOfAmendment(s.target) })),
  },
  "amendment.reject": {
    audience: "editorial",
    sentence: saying("activity.amendment.reject", (s) => ({ section: s.sectionOfAmendment(s.target), ...note(s.detail.reason) })),
  },
  "amendment.withdraw": { audience: "editorial", sentence: inSection("activity.amendment.withdraw", (s) => s.sectionOfAmendment(s.target)) },
  "suggestion.accept": { audience: "editorial", sentence: saying("activity.suggestion.accept", (s) => ({ ...suggestions(s), ...note(s.detail.note) })) },
  "suggestion.reject": { audience: "editorial", sentence: saying("activity.suggestion.reject", (s) => ({ ...suggestions(s), ...note(s.detail.note) })) },
  "suggestion.withdraw": { audience: "editorial", sentence: saying("activity.suggestion.withdraw", suggestions) },
  "version.create": { audience: "editorial", sentence: saying("activity.version.create", (s) => ({ label: title(s.detail.label) })) },
  "version.restore": {
    audience: "editorial",
    sentence: saying("activity.version.restore", (s) => ({ count: howMany(s.detail.sections), label: versionName(s.detail) })),
  },
  "share_link.create": {
    audience: "admin",
    sentence: saying("activity.shareLink.create", (s) => ({ label: title(s.detail.label), submission: s.submission(stringOf(s.detail.submissionId)) })),
  },
  "share_link.revoke": {
    audience: "admin",
    sentence: saying("activity.shareLink.revoke", (s) => ({ label: title(s.detail.label), submission: s.submission(stringOf(s.detail.submissionId)) })),
  },
  "user.create": {
    audience: "admin",
    sentence: saying("activity.user.create", (s) => ({ person: s.person(s.target), email: email(s.detail.email), role: role(s.detail.role) })),
  },
  "user.update": { audience: "admin", sentence: saying("activity.user.update", (s) => ({ person: s.person(s.target), changes: userChanges(s.detail) })) },
  "group.create": { audience: "admin", sentence: saying("activity.group.create", (s) => ({ group: s.group(s.target) })) },
  "group.update": { audience: "admin", sentence: saying("activity.group.update", (s) => ({ group: s.group(s.target) })) },
  "group.member_add": {
    audience: "admin",
    sentence: saying("activity.group.memberAdd", (s) => ({ person: s.person(stringOf(s.detail.userId)), group: s.group(s.target) })),
  },
  "group.member_remove": {
    audience: "admin",
    sentence: saying("activity.group.memberRemove", (s) => ({ person: s.person(stringOf(s.detail.userId)), group: s.group(s.target) })),
  },
  "invitation.create": {
    audience: "admin",
    sentence: saying("activity.invitation.create", (s) => ({ email: given(s.detail.email) ?? message("activity.someone"), role: role(s.detail.role) })),
  },
  "invitation.accept": { audience: "admin", sentence: saying("activity.invitation.accept", (s) => ({ email: s.invitation(s.target) })) },
  "invitation.revoke": { audience: "admin", sentence: saying("activity.invitation.revoke", (s) => ({ email: s.invitation(s.target) })) },
  "auth.login": { audience: "admin", sentence: saying("activity.auth.login") },
  "cli.user.create": {
    audience: "admin",
    sentence: (s) => message("activity.cli.userCreate", { person: s.person(s.target), email: email(s.detail.email), role: role(s.detail.role) }),
  },
  "cli.user.set_password": { audience: "admin", sentence: (s) => message("activity.cli.setPassword", { person: s.person(s.target) }) },
  "seed.demo": { audience: "admin", sentence: (s) => message("activity.seed.demo", { count: howMany(s.detail.documents) }) },
} satisfies Record<string, ActionWords>;

export type ActionName = keyof typeof ACTION_WORDS;

const isKnown = (action: string): action is ActionName => Object.hasOwn(ACTION_WORDS, action);

/** Who may read an action in a document's activity: unknown (older) actions are kept for admins. */
export const audienceOf = (action: string): Audience => (isKnown(action) ? ACTION_WORDS[action].audience : "admin");

/** The sentence for one audit entry; an action this version does not know is still said without its code. */
export function actionSentence(action: string, said: Said): ServerText {
  if (isKnown(action)) return ACTION_WORDS[action].sentence(said);
  return message("activity.unknown", { actor: said.actor });
}

/** One person's typing in one section over an hour (the edit counts the sync server keeps). */
export const editSentence = (actor: Words, section: Words, updates: number): ServerText => message("activity.edits", { actor, section, count: updates });
