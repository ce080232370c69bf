import * as decoding from "lib0/decoding";
import { REFUSAL_REASONS, type RefusalReason, type RefusedMessage } from "../../../shared/collab/protocol";

/** A refusal as read: `message` null when the server gave no words, which the page then says in the reader's language. */
export type ReadRefusal = Omit<RefusedMessage, "message"> & { message: string | null };

const isReason = (value: unknown): value is RefusalReason =>
  typeof value === "string" && (REFUSAL_REASONS as readonly string[]).includes(value);

/**
 * Reads the payload of a MESSAGE_REFUSED frame: one varString of JSON. Whatever the server sent, the person
 * still learns that their change was refused; a field that does not read is replaced, not trusted.
 */
export function readRefusedMessage(decoder: decoding.Decoder): ReadRefusal {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(decoding.readVarString(decoder));
  } catch {
    // An unreadable payload is still a refusal: fall through to the defaults below.
  }
  const record = typeof parsed === "object" && parsed !== null ? (parsed as Record<string, unknown>) : {};
  return {
    reason: isReason(record.reason) ? record.reason : "malformed",
    sectionId: typeof record.sectionId === "string" ? record.sectionId : null,
    message: typeof record.message === "string" && record.message.trim().length > 0 ? record.message : null,
  };
}
