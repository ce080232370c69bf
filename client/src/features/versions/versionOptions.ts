import type { VersionView } from "../../../../shared/api/versions";
import { formatDateTime, withReadableDates } from "../../ui/formatDate";
import { VERSION_KIND_LABELS } from "./versionKinds";

export const NOW = "current";

/** A version's name as people read it: any date the server wrote into it in the one date format. */
export const versionTitle = (version: Pick<VersionView, "label">): string => withReadableDates(version.label);

/**
 * A version in a list of choices: its name, kind and time, so that two versions with the same name stay apart;
 * what the name already says ("Automatic, 5 Dec 2026, 10:15") is not said twice.
 */
export function versionChoiceLabel(version: Pick<VersionView, "label" | "kind" | "createdAt">): string {
  const title = versionTitle(version);
  const kind = VERSION_KIND_LABELS[version.kind];
  const when = formatDateTime(version.createdAt);
  const more = [title.startsWith(kind) ? null : kind, title.includes(when) ? null : when].filter((part) => part !== null);
  return more.length > 0 ? `${title} (${more.join(", ")})` : title;
}

/** One option per version, newest first. */
export const versionOptions = (versions: readonly VersionView[]) => versions.map((v) => ({ value: v.id, label: versionChoiceLabel(v) }));

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
