import { INTL_TAGS, type Locale } from "../../../../shared/i18n/locales";

/** A file's size in the reader's language: "820 byte", "14.2 kB", "3,1 Mo" (1 kB = 1024 bytes, as file managers count). */
export function fileSize(bytes: number, locale: Locale): string {
  const [value, unit] = bytes < 1024 ? [bytes, "byte"] : bytes < 1024 * 1024 ? [bytes / 1024, "kilobyte"] : [bytes / (1024 * 1024), "megabyte"];
  return new Intl.NumberFormat(INTL_TAGS[locale], { style: "unit", unit, unitDisplay: "short", maximumFractionDigits: 1 }).format(value as number);
}
