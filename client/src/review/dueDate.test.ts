import { describe, expect, it } from "vitest";
import { isOverdue, today } from "./dueDate";
import { createFormats } from "../ui/formatDate";

describe("due dates", () => {
  it("are overdue once past and not approved", () => {
    expect(isOverdue("2026-12-12", false, "2026-11-25")).toBe(false);
    expect(isOverdue("2026-11-24", false, "2026-11-25")).toBe(true);
    expect(isOverdue("2026-11-25", false, "2026-11-25")).toBe(false);
    expect(isOverdue("2026-11-24", true, "2026-11-25")).toBe(false);
  });

  it("read as the same calendar day in every language", () => {
    const en = createFormats("en");
    expect(en.shortDay("2026-12-12")).toBe("12 Dec");
    expect(en.longDay("2026-12-12")).toBe("12 December 2026");
    expect(createFormats("fr").longDay("2026-12-12")).toBe("12 décembre 2026");
    expect(createFormats("zh").longDay("2026-12-12")).toBe("2026年12月12日");
    expect(createFormats("ar").longDay("2026-12-12")).toMatch(/^12 ديسمبر 2026$/);
  });

  it("takes today from the reader's calendar", () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
