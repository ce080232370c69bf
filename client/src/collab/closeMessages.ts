import { CLOSE } from "../../../shared/collab/protocol";
import type { MessageId } from "../i18n/catalogues";
import type { MessageValues } from "../i18n/useLocale";

const MESSAGES: Record<number, MessageId> = {
  [CLOSE.unauthenticated.code]: "collab.closed.unauthenticated",
  [CLOSE.sessionEnded.code]: "collab.closed.sessionEnded",
  [CLOSE.forbidden.code]: "collab.closed.forbidden",
  [CLOSE.notFound.code]: "collab.closed.notFound",
  [CLOSE.malformed.code]: "collab.closed.malformed",
};

/** Words for the reader: a message of the catalogues, or a text the server wrote in the reader's language. */
export type CloseWords = string | { id: MessageId; values?: MessageValues };

export interface ClosedConnection {
  message: CloseWords;
  /** Signing in again is the way back. */
  signIn: boolean;
}

/** Words for a connection the server closed for good (close codes 4400–4499 are not retried). */
export function closedConnection(code: number, reason: string): ClosedConnection {
  const known = MESSAGES[code];
  return {
    message: known ? { id: known } : reason ? { id: "collab.closed.otherReason", values: { reason } } : { id: "collab.closed.other" },
    signIn: code === CLOSE.unauthenticated.code || code === CLOSE.sessionEnded.code,
  };
}

/** Words for a connection the server closed and the client reopens by itself: what happened, and that nothing is lost. */
export function reconnectNotice(code: number): MessageId | null {
  return code === CLOSE.tooFast.code ? "collab.closed.tooFast" : null;
}
