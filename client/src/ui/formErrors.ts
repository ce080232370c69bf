import type { z } from "zod";

/** A message per field of a form; a field without one is valid. */
export type FieldErrors<Values> = Partial<Record<keyof Values & string, string>>;

/**
 * What is wrong with a form's request, field by field, by the same zod schema the server validates it with.
 * `messages` are the form's own words for a field (the schema's are shared by every form that sends it, so
 * "Enter the group's name." belongs here, "Use at least 10 characters." in the schema). An issue on a field the
 * form does not show is kept under `form` rather than dropped, so the user is still told.
 */
export function fieldErrorsOf<Values extends object>(
  schema: z.ZodType,
  input: unknown,
  fields: readonly (keyof Values & string)[],
  messages: FieldErrors<Values> = {},
): { fields: FieldErrors<Values>; form: string | null } {
  const result = schema.safeParse(input);
  if (result.success) return { fields: {}, form: null };
  const errors: FieldErrors<Values> = {};
  let form: string | null = null;
  for (const issue of result.error.issues) {
    const key = issue.path[0];
    const field = fields.find((name) => name === key);
    if (field === undefined) {
      form ??= issue.message;
      continue;
    }
    errors[field] ??= messages[field] ?? issue.message;
  }
  return { fields: errors, form };
}

export const hasErrors = <Values>(errors: FieldErrors<Values>): boolean => Object.values(errors).some((message) => message !== undefined);
