import { describe, expect, it } from "vitest";
import { dueDateView, today } from "./dueDate";

describe("due dates", () => {
  it("reads as a short date, marked overdue in words once past and not approved", () => {
    expect(dueDateView("2026-12-12", false, "2026-11-25")).toEqual({ text: "due 12 Dec", full: "12 December 2026", overdue: false });
    expect(dueDateView("2026-11-24", false, "2026-11-25")).toEqual({ text: "overdue: due 24 Nov", full: "24 November 2026", overdue: true });
    expect(dueDateView("2026-11-25", false, "2026-11-25").overdue).toBe(false);
    expect(dueDateView("2026-11-24", true, "2026-11-25").overdue).toBe(false);
  });

  it("takes today from the reader's calendar", () => {
    expect(today(new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
  });
});
