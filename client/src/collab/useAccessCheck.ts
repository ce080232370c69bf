import { useEffect, useState } from "react";
import { api, unwrap } from "../api/client";
import { toApiError, type ApiError } from "../api/apiError";
import type { CollabSession, CollabSnapshot } from "./collabSession";

/** Failed socket attempts before asking the API why. */
const ATTEMPTS_BEFORE_CHECK = 3;

/**
 * A refused socket upgrade (401, 403, 404) looks to the browser like any failed connection, and the provider
 * keeps retrying. After a few failures, ask GET /api/documents/:id: if it is refused too, that is the reason;
 * stop connecting and say it. If the API answers, the problem is the network and the indicator says offline.
 */
export function useAccessCheck(documentId: string, session: CollabSession | null, snapshot: CollabSnapshot | null): ApiError | null {
  const [problem, setProblem] = useState<ApiError | null>(null);
  const failing = (snapshot?.failedAttempts ?? 0) >= ATTEMPTS_BEFORE_CHECK && snapshot?.status === "offline" && navigator.onLine;

  useEffect(() => {
    if (!failing || !session) return;
    let current = true;
    unwrap(api.api.documents[":id"].$get({ param: { id: documentId } }))
      .then(() => current && setProblem(null))
      .catch((error: unknown) => {
        const apiError = toApiError(error);
        if (!current || ![401, 403, 404].includes(apiError.status)) return;
        session.stop();
        setProblem(apiError);
      });
    return () => {
      current = false;
    };
  }, [failing, session, documentId]);

  return problem;
}
