import type { z } from "zod";
import type { Locale } from "../../../shared/i18n/locales";
import { ZOD_WORDS } from "../../../shared/i18n/zodWords";
import type { MessageId } from "../i18n/catalogues";
import validationEn from "../i18n/messages/validation/en.json";
import type { Translate } from "../i18n/useLocale";

/** A message per field of a form; a field without one is valid. */
export type FieldErrors<Values> = Partial<Record<keyof Values & string, string>>;

/** The reader's words for a schema's rules: the active language's messages and its name. */
export interface SchemaWords {
  t: Translate;
  locale: Locale;
}

// Our schemas' sentences are in the validation catalogue under their English, with the same ids and words as the
// server's catalogue (formErrors.test.ts keeps the two equal); zod's own words come from shared/i18n/zodWords.
const SCHEMA_SENTENCES = new Map<string, MessageId>(Object.entries(validationEn).map(([id, english]) => [english, id as MessageId]));

/** A rule's message in the reader's language: our schema's sentence by its English, else zod's words as given. */
const sayIssue = (message: string, words: SchemaWords): string => {
  const id = SCHEMA_SENTENCES.get(message);
  return id ? words.t(id) : message;
};

/**
 * What is wrong with a form's request, field by field, by the same zod schema the server validates it with, in the
 * reader's language. `messages` are the form's own words for a field (the schema's are shared by every form that
 * sends it, so "Enter the group's name." belongs here, "Use at least 10 characters." in the schema). An issue on a
 * field the form does not show is kept under `form` rather than dropped, so the user is still told.
 */
export function fieldErrorsOf<Values extends object>(
  schema: z.ZodType,
  input: unknown,
  fields: readonly (keyof Values & string)[],
  words: SchemaWords,
  messages: FieldErrors<Values> = {},
): { fields: FieldErrors<Values>; form: string | null } {
  const result = words.locale === "en" ? schema.safeParse(input) : schema.safeParse(input, { error: ZOD_WORDS[words.locale] });
  if (result.success) return { fields: {}, form: null };
  const errors: FieldErrors<Values> = {};
  let form: string | null = null;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const field = fields.find((name) => name === key);
    if (field === undefined) {
      form ??= sayIssue(issue.message, words);
      continue;
    }
    errors[field] ??= messages[field] ?? sayIssue(issue.message, words);
  }
  return { fields: errors, form };
}

export const hasErrors = <Values>(errors: FieldErrors<Values>): boolean => Object.values(errors).some((message) => message !== undefined);
