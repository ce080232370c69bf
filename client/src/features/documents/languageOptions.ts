import { DOCUMENT_LANGUAGES, LANGUAGE_NAMES } from "../../../../shared/languages";

/** The six languages a document or section may be written in, for a select. */
export const languageOptions = DOCUMENT_LANGUAGES.map((language) => ({ value: language, label: LANGUAGE_NAMES[language] }));
