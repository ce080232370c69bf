/**
 * What a link into a document points at, in its address's fragment: a section (#section-<id>), a comment thread
 * (#thread-<id>), a suggestion (#suggestion-<id>) or an amendment (#amendment-<id>). The same names are the ids of
 * the section and of the margin's cards, so a link still means something to the browser on its own.
 */
export type LinkTargetKind = "section" | "thread" | "suggestion" | "amendment";
export interface LinkTarget {
  kind: LinkTargetKind;
  id: string;
}

const KINDS: readonly LinkTargetKind[] = ["section", "thread", "suggestion", "amendment"];

export const targetFragment = (target: LinkTarget): string => `${target.kind}-${target.id}`;

/** The address of a place in a document, for links from the inbox and the landing page. */
export const documentHref = (documentId: string, target: LinkTarget | null): string =>
  `/documents/${documentId}${target ? `#${targetFragment(target)}` : ""}`;

export function parseTarget(fragment: string): LinkTarget | null {
  for (const kind of KINDS) {
    if (fragment.startsWith(`${kind}-`) && fragment.length > kind.length + 1) return { kind, id: fragment.slice(kind.length + 1) };
  }
  return null;
}
