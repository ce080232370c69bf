// The error body every API failure answers with, and the codes a client may branch on.

export const ERROR_CODES = [
  "bad_request",
  "validation_failed",
  "unauthenticated",
  "forbidden",
  "not_found",
  "conflict",
  /** Approval refused: the section is not the text the chair reviewed. */
  "section_changed",
  "payload_too_large",
  "unsupported_media_type",
  "rate_limited",
  "unavailable",
  "invalid_credentials",
  "invitation_invalid",
  "internal",
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  error: { code: ErrorCode; message: string; details?: unknown };
}
