import { describe, expect, it } from "vitest";
import { formatCalendarDay, formatDate, formatDateTime, withReadableDates } from "./formatDate";

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
