// The collaboration protocol both sides speak: y-websocket's message types plus one of our own, the close codes
// the server uses, and the names of the Y.Doc's root types. Shared so no number is written in two places.

/** y-protocols message types, as the stock y-websocket client numbers them. */
export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;
/**
 * Ours: the server refused an update. Payload: one JSON string (lib0 varString) of `RefusedMessage`.
 * The stock client ignores unknown types; our client registers a handler for it.
 */
export const MESSAGE_REFUSED = 100;
/**
 * Ours: the document's activity gained an entry (committed to the audit log). Payload: one varString, the
 * entry's audience ("editorial" or "admin"), so that readers who would not see it need not ask again.
 * Carries no content: each client reads the activity through the API, with its own rights.
 */
export const MESSAGE_ACTIVITY = 101;
export type ActivityAudience = "editorial" | "admin";

export const REFUSAL_REASONS = [
  "section_not_writable",
  "section_approved",
  "suggestion_changes_text",
  "suggestion_not_yours",
  "server_root",
  "unknown_root",
  "foreign_client_id",
  "pending_structs",
  "update_too_large",
  "document_full",
  "malformed",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export interface RefusedMessage {
  reason: RefusalReason;
  /** The section the refused change touched, when there is one. */
  sectionId: string | null;
  /** Words for the person who typed: what happened and what now. */
  message: string;
}

/** WebSocket close codes (4000-4999 are ours to define). */
export const CLOSE = {
  malformed: { code: 4400, reason: "malformed message" },
  unauthenticated: { code: 4401, reason: "not signed in" },
  forbidden: { code: 4403, reason: "no access to this document" },
  notFound: { code: 4404, reason: "no such document" },
  tooLarge: { code: 1009, reason: "message too large" },
  shuttingDown: { code: 1012, reason: "server restarting" },
  /** The document is reloaded from storage on the server; the client reconnects and resends what it lacks. */
  reloading: { code: 1012, reason: "document reloading" },
  /** Sending faster than the budget after being slowed down; the client reconnects (outside 4400–4499). */
  tooFast: { code: 4029, reason: "too many messages" },
  sessionEnded: { code: 4402, reason: "session ended" },
} as const satisfies Record<string, { code: number; reason: string }>;

/** A frame larger than this closes the connection (ws maxPayload). */
export const MAX_FRAME_BYTES = 4 * 1024 * 1024;
/** An update larger than this is refused (the connection stays). */
export const MAX_UPDATE_BYTES = 2 * 1024 * 1024;

export const COLLAB_PATH = "/collab";

const SECTION_PREFIX = "section:";
export const sectionRootName = (sectionId: string): string => `${SECTION_PREFIX}${sectionId}`;
export const sectionIdOfRoot = (rootName: string): string | null =>
  rootName.startsWith(SECTION_PREFIX) ? rootName.slice(SECTION_PREFIX.length) : null;

/** Roots only the server writes (clients change them through the HTTP API). */
export const SERVER_ROOTS = ["outline", "threads", "amendments", "meta", "suggestions"] as const;
export type ServerRoot = (typeof SERVER_ROOTS)[number];
export const isServerRoot = (name: string): name is ServerRoot => (SERVER_ROOTS as readonly string[]).includes(name);

/** Each section editor publishes its caret under its own awareness field, so carets stay in their section. */
export const cursorField = (sectionId: string): string => `cursor:${sectionId}`;

/** The user as the server stamps it into awareness; clients cannot set it. */
export interface PresenceUser {
  id: string;
  name: string;
  color: string;
}
