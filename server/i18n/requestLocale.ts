import { DEFAULT_LOCALE, negotiateLocale, type Locale } from "../../shared/i18n/locales";

/** Longer headers are cut here: no browser sends more than a few hundred bytes, and parsing stays cheap. */
const MAX_HEADER_CHARS = 1024;
const MAX_RANGES = 32;
const RANGE = /^([a-z]{1,8}(?:-[a-z0-9]{1,8})*|\*)$/i;
const QUALITY = /^q=(0(?:\.\d{0,3})?|1(?:\.0{0,3})?)$/i;

/**
 * The language ranges of an Accept-Language header, best first (RFC 9110 §12.5.4): q-values order them, equal
 * ones keep their order, q=0 means "not this", and anything malformed is skipped rather than trusted.
 */
export function acceptedLanguages(header: string | undefined | null): string[] {
  if (!header) return [];
  const ranges: { tag: string; q: number; at: number }[] = [];
  for (const part of header.slice(0, MAX_HEADER_CHARS).split(",").slice(0, MAX_RANGES)) {
    const [tag = "", ...params] = part.split(";").map((piece) => piece.trim());
    if (!RANGE.test(tag)) continue;
    let q = 1;
    for (const param of params) {
      const quality = QUALITY.exec(param);
      q = quality ? Number(quality[1]) : Number.NaN;
    }
    if (Number.isNaN(q) || q <= 0) continue;
    ranges.push({ tag, q, at: ranges.length });
  }
  return ranges.sort((a, b) => b.q - a.q || a.at - b.at).map((range) => range.tag);
}

/**
 * The language the server answers a person in: what the request asks for (the app sends its interface language),
 * else the account's stored choice, else English. "*" names no language in particular, so it does not count.
 */
export function chooseLocale(acceptLanguage: string | undefined | null, stored: Locale | null | undefined): Locale {
  return negotiateLocale(acceptedLanguages(acceptLanguage)) ?? stored ?? DEFAULT_LOCALE;
}
