import { validator } from "hono/validator";
import type { z } from "zod";
import { AppError } from "./errors";

function describe(error: z.ZodError): string {
  const first = error.issues[0];
  if (!first) return "The request is not valid.";
  const path = first.path.length > 0 ? `${first.path.join(".")}: ` : "";
  return `${path}${first.message}`;
}

function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new AppError(400, "validation_failed", describe(result.error), {
      issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  return result.data;
}

/** Validates a JSON body with a zod schema; anything that is not JSON is refused with a clear error. */
export const jsonBody = <S extends z.ZodType>(schema: S) =>
  validator("json", (value, c): z.output<S> => {
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) {
      throw new AppError(400, "bad_request", "Send the body as JSON with Content-Type: application/json.");
    }
    return parse(schema, value);
  });

export const params = <S extends z.ZodType>(schema: S) => validator("param", (value): z.output<S> => parse(schema, value));
export const query = <S extends z.ZodType>(schema: S) => validator("query", (value): z.output<S> => parse(schema, value));
