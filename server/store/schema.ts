import type { Generated } from "kysely";
import type { Role, SectionStatus } from "../../shared/rights";

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
}

export interface SectionsTable {
  id: string;
  document_id: string;
  position: number;
  title: string;
  owner_group_id: string;
  status: SectionStatus;
  created_at: number;
}

export interface DocumentUpdatesTable {
  seq: Generated<number>;
  document_id: string;
  data: Uint8Array;
  user_id: string | null;
  client_id: number | null;
  created_at: number;
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
  actor_id: string | null;
  action: string;
  target: string | null;
  detail: string;
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
  audit_log: AuditLogTable;
}
