import type { ErrorCode } from "../../../shared/api/errors";

/** Codes the client adds for failures that never reached (or never came back from) the server. */
export type ClientErrorCode = "unreachable" | "unexpected_response";

export const UNREACHABLE_MESSAGE = "Penholder can't reach the server. Check your connection and try again.";
const UNEXPECTED_MESSAGE = "The server sent an answer Penholder did not understand. Try again in a moment.";

/** A failed API call, with the server's code and message (or the client's own, when the server was not reached). */
export class ApiError extends Error {
  override readonly name = "ApiError";

  constructor(
    readonly status: number,
    readonly code: ErrorCode | ClientErrorCode,
    message: string,
    /** What the server added to explain the failure (for a 409, the facts needed to decide again). */
    readonly details?: unknown,
  ) {
    super(message);
  }

  static unreachable(): ApiError {
    return new ApiError(0, "unreachable", UNREACHABLE_MESSAGE);
  }

  static unexpected(status: number): ApiError {
    return new ApiError(status, "unexpected_response", UNEXPECTED_MESSAGE);
  }
}

/** Anything thrown while talking to the server, as an ApiError the UI can show. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  return ApiError.unreachable();
}

interface ErrorBodyShape {
  error: { code: ErrorCode; message: string; details?: unknown };
}

function isErrorBody(value: unknown): value is ErrorBodyShape {
  if (typeof value !== "object" || value === null || !("error" in value)) return false;
  const inner: unknown = value.error;
  return (
    typeof inner === "object" &&
    inner !== null &&
    "code" in inner &&
    typeof inner.code === "string" &&
    "message" in inner &&
    typeof inner.message === "string"
  );
}

/** Reads `{ error: { code, message } }` from a failed response; anything else becomes a clear generic error. */
export async function errorFromResponse(response: Pick<Response, "status" | "json">): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    // Not JSON: a proxy or gateway answered instead of Penholder (502/504 during a restart, for instance).
    return response.status >= 500 ? ApiError.unreachable() : ApiError.unexpected(response.status);
  }
  if (!isErrorBody(body)) return ApiError.unexpected(response.status);
  return new ApiError(response.status, body.error.code, body.error.message, body.error.details);
}
