import { z } from "zod";
import type { Locale } from "./locales";

/**
 * zod's own words for its rules (too short, wrong type…) in our languages, for the server's answers and the forms'
 * messages alike; English is zod's default. Sentences our schemas give themselves take precedence over these.
 */
export const ZOD_WORDS: Record<Exclude<Locale, "en">, z.core.$ZodErrorMap> = {
  ar: z.locales.ar().localeError,
  zh: z.locales.zhCN().localeError,
  fr: z.locales.fr().localeError,
  ru: z.locales.ru().localeError,
  es: z.locales.es().localeError,
};
