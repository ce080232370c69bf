import { useEffect, useState } from "react";
import { useLocation, useSearch } from "wouter";
import type { VersionDiff, VersionView } from "../../../../shared/api/versions";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { comparisonSearch, defaultComparison, linkedComparison, type Comparison } from "./versionOptions";

export interface ComparisonState {
  /** What is compared: the one in the address, else the last change saved; null with no version at all. */
  selection: Comparison | null;
  /** Nobody chose it: the page opened on the default. */
  isDefault: boolean;
  /** The address named a version this document does not have: the default is shown instead. */
  linkBroken: boolean;
  diff: VersionDiff | null;
  comparing: boolean;
  error: string | null;
  /** The result was asked for by the reader just now (not the page opening): it takes the keyboard. */
  asked: boolean;
  compare(selection: Comparison): void;
}

const linkBrokenOrDefault = (linked: Comparison | "unknown" | null): boolean => linked === null || linked === "unknown";

/**
 * The comparison on the versions page. The choice lives in the address (`?from=…&to=…`), so a comparison can be
 * shared and survives a reload; without one, the page opens on the last change saved.
 */
export function useComparison(documentId: string, versions: readonly VersionView[]): ComparisonState {
  const search = useSearch();
  const [, navigate] = useLocation();
  const linked = linkedComparison(search, versions);
  const selection = linked !== null && linked !== "unknown" ? linked : defaultComparison(versions);
  const [result, setResult] = useState<{ key: string; diff: VersionDiff | null; error: string | null } | null>(null);
  // Each press of Compare fetches again (the text now may have moved on), even for the same two versions.
  const [round, setRound] = useState(0);
  const keyOf = (compared: Comparison, n: number) => `${compared.from}..${compared.to}#${n}`;
  const key = selection ? keyOf(selection, round) : "";
  const [askedKey, setAskedKey] = useState<string | null>(null);

  useEffect(() => {
    if (!selection) return;
    let current = true;
    unwrap(api.api.documents[":id"].versions[":versionId"].diff.$get({ param: { id: documentId, versionId: selection.from }, query: { against: selection.to } }))
      .then((answer) => current && setResult({ key, diff: answer.diff, error: null }))
      .catch((failure: unknown) => current && setResult({ key, diff: null, error: toApiError(failure).message }));
    return () => {
      current = false;
    };
  }, [documentId, key]);

  const settled = result !== null && result.key === key;
  return {
    selection,
    isDefault: linkBrokenOrDefault(linked),
    linkBroken: linked === "unknown",
    // While a new comparison loads, the last one stays on screen.
    diff: result?.diff ?? null,
    comparing: selection !== null && !settled,
    error: settled ? result.error : null,
    asked: settled && askedKey === key,
    compare(next) {
      setAskedKey(keyOf(next, round + 1));
      setRound(round + 1);
      const same = selection !== null && !linkBrokenOrDefault(linked) && selection.from === next.from && selection.to === next.to;
      navigate(`~/documents/${documentId}/versions${comparisonSearch(next)}`, { replace: same });
    },
  };
}
