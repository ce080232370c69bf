import type { ContentfulStatusCode } from "hono/utils/http-status";
import type { ErrorCode } from "../../shared/api/errors";
import { text, translate, type ServerMessageId, type ServerText } from "../i18n/translate";

/**
 * A failure the client should hear about: its HTTP status, its stable code, and a message that says what to do
 * next, written in the request's language when it is answered (Error's own message is the English, for logs).
 */
export class AppError extends Error {
  readonly text: ServerText;
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ErrorCode,
    message: ServerMessageId | ServerText,
    readonly details?: unknown,
  ) {
    const said = typeof message === "string" ? text(message) : message;
    super(translate("en", said));
    this.text = said;
    this.name = "AppError";
  }
}

/** The things a 404 names ("notFound.section"), each a message of its own: word order and gender differ. */
export type Missing =
  | "account"
  | "amendment"
  | "baseVersion"
  | "comment"
  | "compareVersion"
  | "document"
  | "file"
  | "group"
  | "invitation"
  | "membership"
  | "section"
  | "shareLink"
  | "submission"
  | "thread"
  | "version";

export const notFound = (what: Missing) => new AppError(404, "not_found", `notFound.${what}`);
export const forbidden = (message: ServerMessageId | ServerText = "forbidden.default") => new AppError(403, "forbidden", message);
export const unauthenticated = () => new AppError(401, "unauthenticated", "auth.notSignedIn");
