import type { MessageId } from "../../i18n/catalogues";

// What the accessibility statement says Penholder does not yet do, one message per limit (its words in the six
// languages are in client/src/i18n/messages/accessibility/). Change it in the same commit as the code that removes
// (or adds) a limit.

export const STATEMENT_DATE = "2026-12-06";

export const KNOWN_LIMITS: readonly MessageId[] = ["accessibility.limit.pdf", "accessibility.limit.people"];
