import type { SuggestionDecision, SuggestionDecisionResult } from "../../../../shared/api/suggestions";
import { api, unwrap } from "../../api/client";
import type { MessageId } from "../../i18n/catalogues";
import type { Translate } from "../../i18n/useLocale";

/** Accepts, rejects or withdraws suggestions of one section through the API; throws an ApiError on failure. */
export function decideSuggestions(documentId: string, sectionId: string, decision: SuggestionDecision, ids: readonly string[]): Promise<SuggestionDecisionResult> {
  return unwrap(api.api.documents[":id"].suggestions[":sectionId"].decide.$post({ param: { id: documentId, sectionId }, json: { decision, ids: [...ids], note: "" } }));
}

/** Said on a button while its decision is on its way. */
export const BUSY_MESSAGES: Record<SuggestionDecision, MessageId> = {
  accept: "suggestions.busy.accept",
  reject: "suggestions.busy.reject",
  withdraw: "suggestions.busy.withdraw",
};

const DONE: Record<SuggestionDecision, MessageId> = {
  accept: "suggestions.decided.accept",
  reject: "suggestions.decided.reject",
  withdraw: "suggestions.decided.withdraw",
};

/** What happened, for the polite live region: "3 suggestions accepted. 1 had already been decided by someone else." */
export function decisionWords(result: Pick<SuggestionDecisionResult, "decision" | "decided" | "missing">, t: Translate): string {
  const decided = t(DONE[result.decision], { count: result.decided.length });
  if (result.missing.length === 0) return decided;
  return t("suggestions.decided.withMissing", { decided, missing: t("suggestions.decided.missing", { count: result.missing.length }) });
}
