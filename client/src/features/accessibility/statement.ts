// What the accessibility statement says Penholder does not yet do. Change it in the same commit as the code that
// removes (or adds) a limit.

export const STATEMENT_DATE = "2026-12-06";

export const KNOWN_LIMITS: readonly string[] = [
  "The sign-in page, the header and the list of documents are in the six UN languages (Arabic right to left); the other screens, this statement included, are still in English while their translation is finished.",
  "PDF exports are tagged for assistive technology and follow the PDF/UA rules we know, but have not yet been checked with a PDF/UA validator (veraPDF or PAC). A passage in another language inside a paragraph is not marked as such.",
  "The automated checks find only part of what can go wrong. Penholder has not yet been reviewed with people who use screen readers (NVDA, JAWS, VoiceOver) day to day.",
];
