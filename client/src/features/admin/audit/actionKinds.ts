import type { MessageId } from "../../../i18n/catalogues";

/** The kinds of entry the audit log can be narrowed to, in words; each value is the prefix the API filters on. */
export const ACTION_KINDS: readonly { value: string; label: MessageId }[] = [
  { value: "document.", label: "admin.audit.kind.document" },
  { value: "section.", label: "admin.audit.kind.section" },
  { value: "thread.", label: "admin.audit.kind.thread" },
  { value: "comment.", label: "admin.audit.kind.comment" },
  { value: "suggestion.", label: "admin.audit.kind.suggestion" },
  { value: "amendment.", label: "admin.audit.kind.amendment" },
  { value: "version.", label: "admin.audit.kind.version" },
  { value: "share_link.", label: "admin.audit.kind.shareLink" },
  { value: "user.", label: "admin.audit.kind.user" },
  { value: "group.", label: "admin.audit.kind.group" },
  { value: "invitation.", label: "admin.audit.kind.invitation" },
  { value: "auth.", label: "admin.audit.kind.auth" },
  { value: "cli.", label: "admin.audit.kind.cli" },
  { value: "seed.", label: "admin.audit.kind.seed" },
];
