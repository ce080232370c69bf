import { CLOSE } from "../../../shared/collab/protocol";

const MESSAGES: Record<number, string> = {
  [CLOSE.unauthenticated.code]: "You are no longer signed in, so live editing stopped. Sign in again to continue.",
  [CLOSE.sessionEnded.code]: "Your session ended, so live editing stopped. Sign in again to continue.",
  [CLOSE.forbidden.code]: "You no longer have access to this document.",
  [CLOSE.notFound.code]: "This document no longer exists.",
  [CLOSE.malformed.code]: "The server could not read what this page sent and closed the live connection. Reload the page.",
};

export interface ClosedConnection {
  message: string;
  /** Signing in again is the way back. */
  signIn: boolean;
}

/** Words for a connection the server closed for good (close codes 4400–4499 are not retried). */
export function closedConnection(code: number, reason: string): ClosedConnection {
  return {
    message: MESSAGES[code] ?? `The server closed the live connection${reason ? ` (${reason})` : ""}. Reload the page to continue.`,
    signIn: code === CLOSE.unauthenticated.code || code === CLOSE.sessionEnded.code,
  };
}

/** Words for a connection the server closed and the client reopens by itself: what happened, and that nothing is lost. */
export function reconnectNotice(code: number): string | null {
  if (code === CLOSE.tooFast.code) {
    return "This page sent changes faster than the server accepts, so the server reset the connection. It is reconnecting and sending your changes again: nothing you typed is lost.";
  }
  return null;
}
