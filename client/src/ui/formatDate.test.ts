import { describe, expect, it } from "vitest";
import { createFormats, formatCalendarDay, formatDate, formatDateTime, withReadableDates } from "./formatDate";

describe("one date format", () => {
  it("writes dates as day, short month, year, and times on a 24-hour clock", () => {
    expect(formatDateTime("2026-12-05T10:15:00Z")).toMatch(/^\d{1,2} [A-Z][a-z]{2} 2026, \d{2}:\d{2}$/);
    expect(formatDate("2026-12-05T10:15:00Z")).toMatch(/^\d{1,2} [A-Z][a-z]{2} 2026$/);
    expect(formatCalendarDay("2026-12-05")).toBe("5 Dec 2026");
    expect(formatCalendarDay("2026-01-31T23:59:00Z")).toBe("31 Jan 2026");
  });

  it("rewrites the ISO dates the server puts in names into the same format", () => {
    // An automatic version's name, as the server stores it: the time is UTC, shown in the reader's zone.
    expect(withReadableDates("Automatic, 2026-12-05 10:15 UTC")).toBe(`Automatic, ${formatDateTime("2026-12-05T10:15:00Z")}`);
    expect(withReadableDates("Snapshot 2026-12-05T10:15:42.123Z")).toBe(`Snapshot ${formatDateTime("2026-12-05T10:15:42Z")}`);
    expect(withReadableDates("Agreed text of 2026-11-25")).toBe("Agreed text of 25 Nov 2026");
    expect(withReadableDates("From 2026-11-25 to 2026-12-01")).toBe("From 25 Nov 2026 to 1 Dec 2026");
  });

  it("leaves names without a date, and things that only look like one, as they are", () => {
    expect(withReadableDates("Before the edit")).toBe("Before the edit");
    expect(withReadableDates("Submission 3")).toBe("Submission 3");
    expect(withReadableDates("Ref 2026-13-45")).toBe("Ref 2026-13-45");
    expect(withReadableDates("Build 12026-12-05")).toBe("Build 12026-12-05");
  });
});

describe("dates, numbers and lists in the reader's language", () => {
  const at = "2026-12-05T10:15:00Z";

  it("writes the same instant in each language's own order, on a 24-hour clock", () => {
    expect(createFormats("fr").calendarDay("2026-12-05")).toBe("5 déc. 2026");
    expect(createFormats("es").calendarDay("2026-12-05")).toBe("5 dic 2026");
    expect(createFormats("ru").calendarDay("2026-12-05")).toMatch(/^5 дек\.? 2026/);
    expect(createFormats("zh").calendarDay("2026-12-05")).toBe("2026年12月5日");
    for (const locale of ["ar", "zh", "en", "fr", "ru", "es"] as const) {
      expect(createFormats(locale).dateTime(at), locale).not.toMatch(/AM|PM|ص|م\b|上午|下午/);
    }
  });

  it("keeps the Western digits UN documents in Arabic use", () => {
    const ar = createFormats("ar");
    expect(ar.calendarDay("2026-12-05")).toMatch(/^5 ديسمبر 2026$/);
    expect(ar.number(1234)).toMatch(/^1[,٬]234$/);
    expect(ar.dateTime(at)).not.toMatch(/[٠-٩]/);
  });

  it("says how long ago, and joins names, as each language does", () => {
    const now = Date.parse(at);
    expect(createFormats("en").ago(new Date(now - 5 * 60_000).toISOString(), now)).toBe("5 minutes ago");
    expect(createFormats("fr").ago(new Date(now - 5 * 60_000).toISOString(), now)).toBe("il y a 5 minutes");
    expect(createFormats("ru").ago(new Date(now - 26 * 3_600_000).toISOString(), now)).toBe("вчера");
    expect(createFormats("en").list(["WG1", "WG2", "WG3"])).toBe("WG1, WG2 and WG3");
    expect(createFormats("es").list(["WG1", "WG2"])).toBe("WG1 y WG2");
    expect(createFormats("fr").number(1234567)).toMatch(/^1\s234\s567$/);
  });

  it("counts minutes, hours and days, then gives the date; a clock a little behind the server's reads as now", () => {
    const now = Date.parse("2026-05-04T12:00:00.000Z");
    const ago = (ms: number) => new Date(now - ms).toISOString();
    const en = createFormats("en");
    expect(en.ago(ago(20_000), now)).toBe("now");
    expect(en.ago(ago(5 * 60_000 + 30_000), now)).toBe("5 minutes ago");
    expect(en.ago(ago(3 * 3_600_000), now)).toBe("3 hours ago");
    expect(en.ago(ago(26 * 3_600_000), now)).toBe("yesterday");
    expect(en.ago(ago(3 * 86_400_000), now)).toBe("3 days ago");
    expect(en.ago(ago(30 * 86_400_000), now)).toBe("4 Apr 2026");
    expect(en.ago(new Date(now + 5_000).toISOString(), now)).toBe("now");
  });
});
