import type { AuditEntryView } from "../../../../../shared/api/activity";
import { ApiError, errorFromResponse } from "../../../api/apiError";
import { languageHeaders } from "../../../api/client";

/**
 * GET /api/audit. Not through the typed client: its query validator types the query as the parsed values
 * (dates as numbers, limit and format required), not as the strings sent, so a correct call does not compile.
 */
export async function fetchAudit(query: Record<string, string>): Promise<{ entries: AuditEntryView[] }> {
  let response: Response;
  try {
    response = await fetch(`/api/audit?${new URLSearchParams(query).toString()}`, { headers: { Accept: "application/json", ...languageHeaders() }, credentials: "same-origin" });
  } catch {
    throw ApiError.unreachable();
  }
  if (!response.ok) throw await errorFromResponse(response);
  try {
    // The server's own presenter builds this body (server/http/routes/activity.ts).
    return (await response.json()) as { entries: AuditEntryView[] };
  } catch {
    throw ApiError.unexpected(response.status);
  }
}
