// Dates as the secretariat writes them, in one format everywhere: day, month, year; times on a 24-hour clock, in
// the reader's time zone ("5 Dec 2026, 10:15"). Every date on screen goes through here, including the dates the
// server writes into names (automatic versions are named "Automatic, 2026-12-05 10:15 UTC").

const dateTime = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });
const dateOnly = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric" });
/** A calendar day (a due date, "2026-12-05" in a name) is the same day wherever the reader is. */
const calendarDay = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

export const formatDateTime = (iso: string): string => dateTime.format(new Date(iso));
export const formatDate = (iso: string): string => dateOnly.format(new Date(iso));
/** "2026-12-05" (a day, no time) as "5 Dec 2026". */
export const formatCalendarDay = (day: string): string => calendarDay.format(new Date(`${day.slice(0, 10)}T00:00:00Z`));

/**
 * ISO dates and times written into a text (a version's name) in the format above. A time without a zone, or with
 * "UTC" or "Z", is UTC, as the server writes it; a day without a time stays that day.
 */
const STAMP = /\b(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(?:\s?UTC|Z)?)?(?![\d:])/g;

export function withReadableDates(text: string): string {
  return text.replace(STAMP, (stamp: string, day: string, time: string | undefined) => {
    const at = new Date(time ? `${day}T${time}:00Z` : `${day}T00:00:00Z`);
    if (Number.isNaN(at.getTime())) return stamp;
    return time ? dateTime.format(at) : calendarDay.format(at);
  });
}
