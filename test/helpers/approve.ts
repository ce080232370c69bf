import type { JsonResponse, TestClient } from "./http";

/**
 * Approves a section as a chair does: reads what the approval dialog shows (GET …/approval) and approves that
 * text by its fingerprint. Answers the approval's response (or the read's, when the read failed).
 */
export async function approveSection(
  client: TestClient,
  documentId: string,
  sectionId: string,
  extra: { note?: string; openSuggestions?: "accept" | "reject" } = {},
): Promise<JsonResponse> {
  const section = `/api/documents/${documentId}/sections/${sectionId}`;
  const seen = await client.get(`${section}/approval`);
  if (seen.status !== 200) return seen;
  return client.post(`${section}/transitions`, { to: "approved", fingerprint: seen.body.approval.fingerprint, ...extra });
}
