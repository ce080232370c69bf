import type { AmendmentView } from "../../../../shared/api/amendments";
import type { SuggestionInfo } from "../../../../shared/api/suggestions";
import type { ThreadView } from "../../../../shared/api/threads";
import type { LinkTarget } from "./linkTarget";

/** The section that holds a linked thread, amendment or suggestion; undefined while the live document does not say. */
export function locateTarget(
  target: LinkTarget,
  threads: ReadonlyMap<string, readonly ThreadView[]>,
  amendments: ReadonlyMap<string, readonly AmendmentView[]>,
  suggestion: (id: string) => SuggestionInfo | undefined,
): string | undefined {
  switch (target.kind) {
    case "section":
      return target.id;
    case "thread":
      return [...threads.values()].flat().find((t) => t.id === target.id)?.sectionId;
    case "amendment":
      return [...amendments.values()].flat().find((a) => a.id === target.id)?.sectionId;
    case "suggestion":
      return suggestion(target.id)?.sectionId;
  }
}
