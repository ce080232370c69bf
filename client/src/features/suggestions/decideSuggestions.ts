import type { SuggestionDecision, SuggestionDecisionResult } from "../../../../shared/api/suggestions";
import { api, unwrap } from "../../api/client";

/** Accepts, rejects or withdraws suggestions of one section through the API; throws an ApiError on failure. */
export function decideSuggestions(documentId: string, sectionId: string, decision: SuggestionDecision, ids: readonly string[]): Promise<SuggestionDecisionResult> {
  return unwrap(api.api.documents[":id"].suggestions[":sectionId"].decide.$post({ param: { id: documentId, sectionId }, json: { decision, ids: [...ids], note: "" } }));
}

const PAST: Record<SuggestionDecision, string> = { accept: "accepted", reject: "rejected", withdraw: "withdrawn" };

/** What happened, for the polite live region: "3 suggestions accepted. 1 had already been decided by someone else." */
export function decisionWords(result: Pick<SuggestionDecisionResult, "decision" | "decided" | "missing">): string {
  const done = result.decided.length;
  const what = done === 1 ? `Suggestion ${PAST[result.decision]}.` : `${done} suggestions ${PAST[result.decision]}.`;
  const gone = result.missing.length;
  if (gone === 0) return what;
  return `${what} ${gone === 1 ? "1 was" : `${gone} were`} no longer open: someone else had decided on ${gone === 1 ? "it" : "them"} or withdrawn ${gone === 1 ? "it" : "them"}.`;
}
