import type { VersionKindName } from "../../../../shared/api/versions";
import type { MessageId } from "../../i18n/catalogues";

/** How each kind of version reads in a list: words, never colour alone. */
export const VERSION_KIND_MESSAGES: Record<VersionKindName, MessageId> = {
  manual: "versions.kind.manual",
  auto: "versions.kind.auto",
  approval: "versions.kind.approval",
  transition: "versions.kind.transition",
  restore: "versions.kind.restore",
  submission: "versions.kind.submission",
};
