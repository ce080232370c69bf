import type { Context } from "hono";
import { validator } from "hono/validator";
import { z } from "zod";
import type { Locale } from "../../shared/i18n/locales";
import { ZOD_WORDS } from "../../shared/i18n/zodWords";
import { idOfEnglish, text, type ServerText } from "../i18n/translate";
import type { AppEnv } from "./env";
import { AppError } from "./errors";
import { requestLocale } from "./language";

// zod's own words in our languages are in shared/i18n/zodWords; the sentences our schemas in shared/api give are
// in the server's catalogue under their English.

function problemOf(message: string, locale: Locale): ServerText | string {
  const id = idOfEnglish(message);
  if (id) return text(id);
  // French sets a non-breaking space before the high punctuation zod's French words put after a plain space.
  return locale === "fr" ? message.replace(/ ([:;?!])/g, "\u00a0$1") : message;
}

function parse<S extends z.ZodType>(schema: S, value: unknown, c: Context<AppEnv>): z.output<S> {
  const locale = requestLocale(c);
  const result = locale === "en" ? schema.safeParse(value) : schema.safeParse(value, { error: ZOD_WORDS[locale] });
  if (!result.success) {
    const first = result.error.issues[0];
    const problem = first && problemOf(first.message, locale);
    const said = !first
      ? text("request.notValid")
      : first.path.length > 0
        ? text("request.invalidField", { path: first.path.join("."), problem: problem! })
        : typeof problem === "object"
          ? problem
          : text("request.problem", { problem: problem! });
    throw new AppError(400, "validation_failed", said, {
      issues: result.error.issues.map((i) => ({ path: i.path.map(String), message: i.message })),
    });
  }
  return result.data;
}

/** Validates a JSON body with a zod schema; anything that is not JSON is refused with a clear error. */
export const jsonBody = <S extends z.ZodType>(schema: S) =>
  validator("json", (value, c): z.output<S> => {
    const type = c.req.header("content-type") ?? "";
    if (!/^application\/([\w.-]+\+)?json\s*(;|$)/i.test(type)) throw new AppError(400, "bad_request", "request.sendJson");
    return parse(schema, value, c);
  });

export const params = <S extends z.ZodType>(schema: S) => validator("param", (value, c): z.output<S> => parse(schema, value, c));
export const query = <S extends z.ZodType>(schema: S) => validator("query", (value, c): z.output<S> => parse(schema, value, c));
