import { describe, expect, it } from "vitest";
import { formatDate } from "../../ui/formatDate";
import { relativeTime } from "./relativeTime";

describe("relative time", () => {
  const at = Date.parse("2026-05-04T12:00:00.000Z");
  const ago = (ms: number) => new Date(at - ms).toISOString();

  it("counts minutes, hours and days, then gives the date", () => {
    expect(relativeTime(ago(20_000), at)).toBe("now");
    expect(relativeTime(ago(60_000), at)).toBe("1 minute ago");
    expect(relativeTime(ago(5 * 60_000 + 30_000), at)).toBe("5 minutes ago");
    expect(relativeTime(ago(3 * 3_600_000), at)).toBe("3 hours ago");
    expect(relativeTime(ago(26 * 3_600_000), at)).toBe("yesterday");
    expect(relativeTime(ago(3 * 86_400_000), at)).toBe("3 days ago");
    expect(relativeTime(ago(30 * 86_400_000), at)).toBe(formatDate(ago(30 * 86_400_000)));
    expect(formatDate(ago(30 * 86_400_000))).toMatch(/Apr 2026$/);
  });

  it("reads a clock a little behind the server's as now", () => {
    expect(relativeTime(new Date(at + 5_000).toISOString(), at)).toBe("now");
  });
});
