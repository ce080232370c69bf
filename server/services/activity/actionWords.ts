import type { ActivityAudience } from "../../../shared/collab/protocol";
import { isDocumentLanguage, LANGUAGE_NAMES } from "../../../shared/languages";

// Every action the audit log records, said as a sentence: who did what to which section, with names and titles,
// never an action code or an id. `actionWords.test.ts` reads the server's sources for every action name written
// to the audit log and fails if one has no sentence here.

/** What a sentence may name, already looked up: people, sections, groups, submissions. */
export interface Said {
  /** Who did it ("Ravi Sharma"), or "Penholder" for the system itself. */
  actor: string;
  /** The audit row's target id (a section, thread, user…), as stored. */
  target: string | null;
  detail: Record<string, unknown>;
  /** "3. A properly resourced Forum" for a section of the outline, "“Title” (retired)" for a retired one. */
  section(id: string | null | undefined): string;
  /** The section a thread, comment or amendment belongs to, in the same words. */
  sectionOfThread(threadId: string | null | undefined): string;
  sectionOfAmendment(amendmentId: string | null | undefined): string;
  person(id: string | null | undefined): string;
  /** A group by id or by slug. */
  group(idOrSlug: string | null | undefined): string;
  submission(id: string | null | undefined): string;
  invitation(id: string | null | undefined): string;
}

/** Editorial actions are for everyone who reads the document; the rest (accounts, sharing) for admins only. */
export type Audience = ActivityAudience;

interface ActionWords {
  audience: Audience;
  sentence(said: Said): string;
}

const text = (value: unknown): string | null => (typeof value === "string" && value.trim() !== "" ? value.trim() : null);
const quoted = (value: unknown): string => `“${text(value) ?? "untitled"}”`;
const count = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
/** A note the person wrote, after a colon: “…”. */
const withNote = (value: unknown): string => (text(value) ? `: “${text(value)!.replace(/\.$/, "")}”` : "");

const ROLE_WORDS: Record<string, string> = { admin: "an admin", chair: "a chair", member: "a member", observer: "an observer" };
const role = (value: unknown): string => ROLE_WORDS[String(value)] ?? "a user";

function userChanges(detail: Record<string, unknown>): string {
  const parts: string[] = [];
  if (text(detail.name)) parts.push(`renamed them ${quoted(detail.name)}`);
  if (detail.role !== undefined) parts.push(`made them ${role(detail.role)}`);
  if (detail.active === false) parts.push("deactivated their account");
  if (detail.active === true) parts.push("reactivated their account");
  return parts.join(" and ");
}

function sectionChanges(s: Said): string {
  const parts: string[] = [];
  if (text(s.detail.title)) parts.push(`renamed ${s.section(s.target)}`);
  if (s.detail.dueDate === null) parts.push(`removed the due date of ${s.section(s.target)}`);
  else if (text(s.detail.dueDate)) parts.push(`set the due date of ${s.section(s.target)} to ${s.detail.dueDate as string}`);
  if (s.detail.language === null) parts.push(`set ${s.section(s.target)} to be in the document’s language`);
  else if (isDocumentLanguage(s.detail.language)) parts.push(`set the language of ${s.section(s.target)} to ${LANGUAGE_NAMES[s.detail.language]}`);
  return parts.length > 0 ? parts.join(" and ") : `changed ${s.section(s.target)}`;
}

function suggestionCounts(s: Said): string {
  const list = Array.isArray(s.detail.suggestions) ? (s.detail.suggestions as { author?: unknown }[]) : [];
  const authors = [...new Set(list.map((item) => s.person(typeof item.author === "string" ? item.author : null)))];
  const by = authors.length > 0 && authors.length <= 3 ? ` by ${authors.join(", ")}` : "";
  return `${count(list.length, "suggestion")}${by} in ${s.section(s.target)}`;
}

export const ACTION_WORDS = {
  "document.create": { audience: "editorial", sentence: (s) => `${s.actor} created the document ${quoted(s.detail.title)}.` },
  "document.import": {
    audience: "editorial",
    sentence: (s) => `${s.actor} started the document ${quoted(s.detail.title)} from a Word file (${count(Number(s.detail.sections ?? 0), "section")}).`,
  },
  "document.update": {
    audience: "editorial",
    sentence: (s) =>
      `${s.actor} set the document’s language to ${isDocumentLanguage(s.detail.language) ? LANGUAGE_NAMES[s.detail.language] : "another language"}.`,
  },
  "document.submit": { audience: "editorial", sentence: (s) => `${s.actor} made final submission ${String(s.detail.number ?? "")} of the document, frozen with its files.` },
  "section.create": { audience: "editorial", sentence: (s) => `${s.actor} added the section ${s.section(s.target)}.` },
  "section.update": { audience: "editorial", sentence: (s) => `${s.actor} ${sectionChanges(s)}.` },
  "section.owner_change": {
    audience: "editorial",
    sentence: (s) => `${s.actor} gave ${s.section(s.target)} to ${s.group(text(s.detail.ownerGroup))}${text(s.detail.fromGroupId) ? ` (it was ${s.group(s.detail.fromGroupId as string)}’s)` : ""}.`,
  },
  "section.reorder": { audience: "editorial", sentence: (s) => `${s.actor} changed the order of the sections.` },
  "section.retire": { audience: "editorial", sentence: (s) => `${s.actor} retired the section ${quoted(s.detail.title)}.` },
  "section.in_review": { audience: "editorial", sentence: (s) => `${s.actor} submitted ${s.section(s.target)} for review${withNote(s.detail.note)}.` },
  "section.approved": { audience: "editorial", sentence: (s) => `${s.actor} approved ${s.section(s.target)}${withNote(s.detail.note)}.` },
  "section.changes_requested": { audience: "editorial", sentence: (s) => `${s.actor} requested changes to ${s.section(s.target)}${withNote(s.detail.note)}.` },
  "section.draft": {
    audience: "editorial",
    sentence: (s) => `${s.actor} ${s.detail.from === "approved" ? "reopened" : "moved back to draft"} ${s.section(s.target)}${withNote(s.detail.note)}.`,
  },
  "thread.create": { audience: "editorial", sentence: (s) => `${s.actor} commented on ${s.section(s.detail.sectionId as string | undefined)}.` },
  "comment.create": { audience: "editorial", sentence: (s) => `${s.actor} replied to a comment on ${s.sectionOfThread(s.detail.threadId as string | undefined)}.` },
  "comment.edit": { audience: "editorial", sentence: (s) => `${s.actor} edited a comment on ${s.sectionOfThread(s.detail.threadId as string | undefined)}.` },
  "comment.delete": { audience: "editorial", sentence: (s) => `${s.actor} deleted a comment on ${s.sectionOfThread(s.detail.threadId as string | undefined)}.` },
  "thread.resolve": { audience: "editorial", sentence: (s) => `${s.actor} resolved a comment thread on ${s.sectionOfThread(s.target)}.` },
  "thread.reopen": { audience: "editorial", sentence: (s) => `${s.actor} reopened a comment thread on ${s.sectionOfThread(s.target)}.` },
  "amendment.propose": { audience: "editorial", sentence: (s) => `${s.actor} proposed an amendment to ${s.section(s.detail.sectionId as string | undefined)}.` },
  "amendment.accept": {
    audience: "editorial",
    sentence: (s) => `${s.actor} accepted ${s.person(s.detail.proposer as string | undefined)}’s amendment to ${s.sectionOfAmendment(s.target)}.`,
  },
  "amendment.reject": { audience: "editorial", sentence: (s) => `${s.actor} rejected an amendment to ${s.sectionOfAmendment(s.target)}${withNote(s.detail.reason)}.` },
  "amendment.withdraw": { audience: "editorial", sentence: (s) => `${s.actor} withdrew their amendment to ${s.sectionOfAmendment(s.target)}.` },
  "suggestion.accept": { audience: "editorial", sentence: (s) => `${s.actor} accepted ${suggestionCounts(s)}${withNote(s.detail.note)}.` },
  "suggestion.reject": { audience: "editorial", sentence: (s) => `${s.actor} rejected ${suggestionCounts(s)}${withNote(s.detail.note)}.` },
  "suggestion.withdraw": { audience: "editorial", sentence: (s) => `${s.actor} withdrew ${suggestionCounts(s)}.` },
  "version.create": { audience: "editorial", sentence: (s) => `${s.actor} saved the version ${quoted(s.detail.label)}.` },
  "version.restore": {
    audience: "editorial",
    sentence: (s) => {
      const sections = Array.isArray(s.detail.sections) ? s.detail.sections.length : 0;
      return `${s.actor} restored ${sections > 0 ? count(sections, "section") : "the text"} from the version ${quoted(s.detail.label)}.`;
    },
  },
  "share_link.create": { audience: "admin", sentence: (s) => `${s.actor} made a share link ${quoted(s.detail.label)} for ${s.submission(s.detail.submissionId as string | undefined)}.` },
  "share_link.revoke": { audience: "admin", sentence: (s) => `${s.actor} revoked the share link ${quoted(s.detail.label)} to ${s.submission(s.detail.submissionId as string | undefined)}.` },
  "user.create": { audience: "admin", sentence: (s) => `${s.actor} created an account for ${s.person(s.target)} (${text(s.detail.email) ?? "no email"}) as ${role(s.detail.role)}.` },
  "user.update": { audience: "admin", sentence: (s) => `${s.actor} changed ${s.person(s.target)}’s account: ${userChanges(s.detail) || "no change"}.` },
  "group.create": { audience: "admin", sentence: (s) => `${s.actor} created the group ${s.group(s.target)}.` },
  "group.update": { audience: "admin", sentence: (s) => `${s.actor} changed the name or description of ${s.group(s.target)}.` },
  "group.member_add": { audience: "admin", sentence: (s) => `${s.actor} added ${s.person(s.detail.userId as string | undefined)} to ${s.group(s.target)}.` },
  "group.member_remove": { audience: "admin", sentence: (s) => `${s.actor} removed ${s.person(s.detail.userId as string | undefined)} from ${s.group(s.target)}.` },
  "invitation.create": { audience: "admin", sentence: (s) => `${s.actor} invited ${text(s.detail.email) ?? "someone"} to join as ${role(s.detail.role)}.` },
  "invitation.accept": { audience: "admin", sentence: (s) => `${s.actor} accepted the invitation for ${s.invitation(s.target)} and joined.` },
  "invitation.revoke": { audience: "admin", sentence: (s) => `${s.actor} revoked the invitation for ${s.invitation(s.target)}.` },
  "auth.login": { audience: "admin", sentence: (s) => `${s.actor} signed in.` },
  "cli.user.create": { audience: "admin", sentence: (s) => `An account for ${s.person(s.target)} (${text(s.detail.email) ?? "no email"}) was created as ${role(s.detail.role)} on the server’s command line.` },
  "cli.user.set_password": { audience: "admin", sentence: (s) => `${s.person(s.target)}’s password was set on the server’s command line.` },
  "seed.demo": { audience: "admin", sentence: (s) => `Penholder loaded the demo data (${count(Number(s.detail.documents ?? 0), "document")}).` },
} satisfies Record<string, ActionWords>;

export type ActionName = keyof typeof ACTION_WORDS;

const isKnown = (action: string): action is ActionName => Object.hasOwn(ACTION_WORDS, action);

/** Who may read an action in a document's activity: unknown (older) actions are kept for admins. */
export const audienceOf = (action: string): Audience => (isKnown(action) ? ACTION_WORDS[action].audience : "admin");

/** The sentence for one audit entry; an action this version does not know is still said without its code. */
export function actionSentence(action: string, said: Said): string {
  if (isKnown(action)) return ACTION_WORDS[action].sentence(said);
  return `${said.actor} made a change Penholder no longer describes.`;
}

/** One person's typing in one section over an hour (the edit counts the sync server keeps). */
export const editSentence = (actor: string, section: string, updates: number): string => `${actor} edited ${section} (${count(updates, "change")}).`;
