import { INTL_TAGS, type Locale } from "../../../shared/i18n/locales";
import type { DocumentLanguage } from "../../../shared/languages";

// Dates, times, numbers and lists in the reader's language, through Intl: day, month, year; times on a 24-hour clock where
// the language has one, in the reader's time zone ("5 Dec 2026, 10:15" in English, "2026年12月5日 10:15" in
// Chinese). Components take the set for the active language from useFormats() (client/src/i18n); the English set
// below serves the parts of the interface whose words are still English only, so a sentence and its date agree.

export interface Formats {
  /** "5 Dec 2026, 10:15" */
  dateTime(iso: string): string;
  /** "5 Dec 2026" */
  date(iso: string): string;
  /** A calendar day ("2026-12-05", a due date) is the same day wherever the reader is: "5 Dec 2026". */
  calendarDay(day: string): string;
  /** A calendar day without its year, for badges: "5 Dec". */
  shortDay(day: string): string;
  /** A calendar day in full, for tooltips and screen readers: "5 December 2026". */
  longDay(day: string): string;
  /** How long ago, in words ("5 minutes ago", "yesterday"); the date once it is more than a week old. */
  ago(iso: string, now: number): string;
  /** ISO dates the server writes into names ("Automatic, 2026-12-05 10:15 UTC") in the format above. */
  readableDates(text: string): string;
  /** A count or a number: "1,234" in English, "1 234" in French and Russian. */
  number(value: number): string;
  /** Names in a list: "WG1 and WG2", "WG1 et WG2", "WG1和WG2". */
  list(items: readonly string[]): string;
  /** A language's name in the reader's language: "Arabic", "arabe", "阿拉伯语". */
  languageName(language: DocumentLanguage): string;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * ISO dates and times written into a text. A time without a zone, or with "UTC" or "Z", is UTC, as the server
 * writes it; a day without a time stays that day.
 */
const STAMP = /\b(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s?UTC|Z)?)?(?![\d:])/g;

const dayOf = (day: string): Date => new Date(`${day.slice(0, 10)}T00:00:00Z`);

export function createFormats(locale: Locale): Formats {
  const tag = INTL_TAGS[locale];
  // hourCycle h23: the secretariat's 24-hour clock in every language, as UN meeting schedules write times.
  const dateTime = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });
  const dateOnly = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric" });
  const calendarDay = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const shortDay = new Intl.DateTimeFormat(tag, { day: "numeric", month: "short", timeZone: "UTC" });
  const longDay = new Intl.DateTimeFormat(tag, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const relative = new Intl.RelativeTimeFormat(tag, { numeric: "auto" });
  const numbers = new Intl.NumberFormat(tag);
  const lists = new Intl.ListFormat(tag, { type: "conjunction" });
  const languages = new Intl.DisplayNames(tag, { type: "language" });

  return {
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => dateOnly.format(new Date(iso)),
    calendarDay: (day) => calendarDay.format(dayOf(day)),
    shortDay: (day) => shortDay.format(dayOf(day)),
    longDay: (day) => longDay.format(dayOf(day)),
    ago(iso, now) {
      // A clock a little behind the server's reads as now, not as "in 5 seconds".
      const elapsed = Math.max(0, now - Date.parse(iso));
      if (elapsed < MINUTE) return relative.format(0, "second");
      if (elapsed < HOUR) return relative.format(-Math.floor(elapsed / MINUTE), "minute");
      if (elapsed < DAY) return relative.format(-Math.floor(elapsed / HOUR), "hour");
      if (elapsed < 7 * DAY) return relative.format(-Math.floor(elapsed / DAY), "day");
      return dateOnly.format(new Date(iso));
    },
    readableDates: (text) =>
      text.replace(STAMP, (stamp: string, day: string, time: string | undefined) => {
        const at = new Date(time ? `${day}T${time}:00Z` : `${day}T00:00:00Z`);
        if (Number.isNaN(at.getTime())) return stamp;
        return time ? dateTime.format(at) : calendarDay.format(at);
      }),
    number: (value) => numbers.format(value),
    list: (items) => lists.format(items),
    languageName: (language) => languages.of(language) ?? language,
  };
}

/** The English set, for the screens not yet translated (see client/src/i18n/untranslated.test.ts). */
export const ENGLISH_FORMATS = createFormats("en");

export const formatDateTime = ENGLISH_FORMATS.dateTime;
export const formatDate = ENGLISH_FORMATS.date;
/** "2026-12-05" (a day, no time) as "5 Dec 2026". */
export const formatCalendarDay = ENGLISH_FORMATS.calendarDay;
export const withReadableDates = ENGLISH_FORMATS.readableDates;
