import type { VersionView } from "../../../../shared/api/versions";

export const NOW = "current";

export interface Comparison {
  from: string;
  to: string;
}

/**
 * What the page compares when nobody chose: the last change saved, that is the version before the latest against
 * the latest; with one version only, that version against the text now. Versions come newest first.
 */
export function defaultComparison(versions: readonly Pick<VersionView, "id">[]): Comparison | null {
  if (versions.length >= 2) return { from: versions[1]!.id, to: versions[0]!.id };
  if (versions.length === 1) return { from: versions[0]!.id, to: NOW };
  return null;
}

/** The comparison a link asks for (`?from=…&to=…`), if it names two different versions of this list (or now). */
export function linkedComparison(search: string, versions: readonly Pick<VersionView, "id">[]): Comparison | "unknown" | null {
  const params = new URLSearchParams(search);
  const from = params.get("from");
  const to = params.get("to");
  if (from === null && to === null) return null;
  const known = (id: string | null) => id !== null && (id === NOW || versions.some((v) => v.id === id));
  return known(from) && known(to) && from !== to && from !== NOW ? { from: from!, to: to! } : "unknown";
}

export const comparisonSearch = ({ from, to }: Comparison): string => `?${new URLSearchParams({ from, to }).toString()}`;
