import type { SelectOption } from "../../../ui/SelectField";

/** The kinds of entry the audit log can be narrowed to, in words; each value is the prefix the API filters on. */
export const ACTION_KINDS: readonly SelectOption[] = [
  { value: "document.", label: "Documents: created, imported, submitted" },
  { value: "section.", label: "Sections: outline and reviews" },
  { value: "thread.", label: "Comment threads" },
  { value: "comment.", label: "Replies to comments" },
  { value: "suggestion.", label: "Decisions on suggestions" },
  { value: "amendment.", label: "Amendments" },
  { value: "version.", label: "Versions" },
  { value: "share_link.", label: "Share links" },
  { value: "user.", label: "Accounts" },
  { value: "group.", label: "Groups and members" },
  { value: "invitation.", label: "Invitations" },
  { value: "auth.", label: "Sign-ins" },
  { value: "cli.", label: "The server’s command line" },
  { value: "seed.", label: "Demo data" },
];
