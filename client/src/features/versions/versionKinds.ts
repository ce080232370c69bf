import type { VersionKindName } from "../../../../shared/api/versions";

/** How each kind of version reads in a list: words, never colour alone. */
export const VERSION_KIND_LABELS: Record<VersionKindName, string> = {
  manual: "Named",
  auto: "Automatic",
  approval: "Approval",
  transition: "Status change",
  restore: "Restore",
  submission: "Submission",
};
