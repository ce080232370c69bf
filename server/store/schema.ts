import type { Generated } from "kysely";
import type { Role, SectionStatus } from "../../shared/rights";
import type { DocumentLanguage } from "../../shared/languages";
import type { Locale } from "../../shared/i18n/locales";

// Table shapes shared by both dialects. Times are milliseconds since the epoch; booleans are 0/1 integers so
// SQLite and PostgreSQL read back the same values.

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: Role;
  password_hash: string;
  active: number;
  created_at: number;
  /** The interface language the person chose; null: their browser's. */
  locale: Locale | null;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  secret_hash: string;
  created_at: number;
  expires_at: number;
}

export interface GroupsTable {
  id: string;
  slug: string;
  name: string;
  description: string;
  created_at: number;
}

export interface MembershipsTable {
  user_id: string;
  group_id: string;
  created_at: number;
}

export interface InvitationsTable {
  id: string;
  token_hash: string;
  email: string;
  role: Role;
  group_ids: string;
  created_by: string;
  created_at: number;
  expires_at: number;
  accepted_at: number | null;
  revoked_at: number | null;
}

export interface DocumentsTable {
  id: string;
  title: string;
  description: string;
  created_by: string | null;
  created_at: number;
  updated_at: number;
  /** Rounds stored in the document's log so far (migration 008). */
  log_head: Generated<number>;
  /** What the document is written in (migration 010; "en" for documents from before). */
  language: DocumentLanguage;
}

export interface SectionsTable {
  id: string;
  document_id: string;
  position: number;
  title: string;
  owner_group_id: string;
  status: SectionStatus;
  created_at: number;
  /** YYYY-MM-DD, or null. */
  due_date: string | null;
  retired_at: number | null;
  /** The section's own language, or null: the document's (migration 010). */
  language: DocumentLanguage | null;
}

export interface SectionTransitionsTable {
  seq: Generated<number>;
  section_id: string;
  document_id: string;
  from_status: SectionStatus;
  to_status: SectionStatus;
  note: string;
  actor_id: string;
  at: number;
}

export type VersionKind = "manual" | "approval" | "transition" | "restore" | "submission" | "auto";

export interface VersionsTable {
  id: string;
  document_id: string;
  /** In English: a person's name as typed, or the English of `label_message`. */
  label: string;
  /** JSON: the name as a message (server/services/versionLabels.ts) when the server gave it; null when a person did. */
  label_message: string | null;
  kind: VersionKind;
  author_id: string | null;
  created_at: number;
  state: Uint8Array;
  /** JSON: the outline (section id, title, owner, status) at that moment. */
  outline: string;
}

export interface ThreadsTable {
  id: string;
  document_id: string;
  section_id: string;
  /** Base64 of Yjs relative positions. */
  anchor_start: string;
  anchor_end: string;
  quote: string;
  status: "open" | "resolved";
  created_by: string;
  created_at: number;
  resolved_by: string | null;
  resolved_at: number | null;
  /** The suggestion this thread discusses (its replies), or null for a comment on the text. */
  suggestion_id: string | null;
}

export interface CommentsTable {
  id: string;
  thread_id: string;
  author_id: string;
  body: string;
  /** JSON { userIds: string[], groupIds: string[] } */
  mentions: string;
  created_at: number;
  edited_at: number | null;
  deleted_at: number | null;
}

export type NotificationKind = "mention" | "reply" | "amendment" | "transition" | "suggestion";

export interface NotificationsTable {
  id: string;
  user_id: string;
  kind: NotificationKind;
  document_id: string;
  thread_id: string | null;
  comment_id: string | null;
  actor_id: string | null;
  created_at: number;
  read_at: number | null;
  /** The section it happened in, and its number and title as they were then ("3. A properly resourced Forum"). */
  section_id: string | null;
  section_label: string | null;
  suggestion_id: string | null;
  amendment_id: string | null;
  /** What came of it: accepted, rejected, proposed, approved, changes_requested, reopened. */
  outcome: string | null;
  /** The decision's note or reason, in the decider's words. */
  note: string | null;
  /** Who did it, as they were named then (the inbox shows the current name while the account exists). */
  actor_name: string | null;
  /** How many things at once (a bulk decision on several of someone's suggestions). */
  item_count: number;
}

/** The suggestions open in the live text (the document is the truth; this index is brought up to date from it). */
export interface OpenSuggestionsTable {
  id: string;
  document_id: string;
  section_id: string;
  author_id: string;
  created_at: number;
}

export interface AmendmentsTable {
  id: string;
  document_id: string;
  section_id: string;
  anchor_start: string;
  anchor_end: string;
  original_text: string;
  proposed_text: string;
  reason: string;
  status: "open" | "accepted" | "rejected" | "withdrawn";
  created_by: string;
  created_at: number;
  decided_by: string | null;
  decided_at: number | null;
  decision_note: string | null;
}

export interface EditActivityTable {
  document_id: string;
  section_id: string;
  user_id: string;
  period_start: number;
  updates: number;
}

export interface DocumentUpdatesTable {
  seq: Generated<number>;
  document_id: string;
  data: Uint8Array;
  user_id: string | null;
  client_id: number | null;
  created_at: number;
  /** The round (documents.log_head) that stored this row; 0 for rows written outside a round. */
  round: Generated<number>;
}

export interface DocumentClientsTable {
  document_id: string;
  client_id: number;
  user_id: string;
  created_at: number;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: number;
  document_id: Generated<string | null>;
  actor_id: string | null;
  action: string;
  target: string | null;
  detail: string;
}

export interface SubmissionsTable {
  id: string;
  document_id: string;
  number: number;
  version_id: string;
  submitted_by: string;
  submitted_at: number;
  note: string;
  /** JSON: ContributorGroup[] */
  contributors: string;
  /** JSON: the change summary against the previous submission, or null for the first. */
  change_summary: string | null;
  /** The version the stored redline is against, or null when the submission has none. */
  base_version_id: string | null;
}

export interface SubmissionFilesTable {
  id: string;
  submission_id: string;
  format: string;
  filename: string;
  content_type: string;
  size: number;
  sha256: string;
  content: Uint8Array;
}

export interface ShareLinksTable {
  id: string;
  submission_id: string;
  token_hash: string;
  label: string;
  created_by: string;
  created_at: number;
  revoked_at: number | null;
}

export interface SuggestionOutcomesTable {
  id: string;
  document_id: string;
  section_id: string;
  suggestion_id: string;
  kind: "insertion" | "deletion" | "replacement";
  inserted_text: string;
  deleted_text: string;
  author_id: string;
  decision: "accept" | "reject" | "withdraw";
  decided_by: string;
  decided_at: number;
  note: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  groups: GroupsTable;
  memberships: MembershipsTable;
  invitations: InvitationsTable;
  documents: DocumentsTable;
  sections: SectionsTable;
  document_updates: DocumentUpdatesTable;
  document_clients: DocumentClientsTable;
  section_transitions: SectionTransitionsTable;
  versions: VersionsTable;
  threads: ThreadsTable;
  comments: CommentsTable;
  notifications: NotificationsTable;
  amendments: AmendmentsTable;
  edit_activity: EditActivityTable;
  submissions: SubmissionsTable;
  submission_files: SubmissionFilesTable;
  share_links: ShareLinksTable;
  audit_log: AuditLogTable;
  suggestion_outcomes: SuggestionOutcomesTable;
  open_suggestions: OpenSuggestionsTable;
}
