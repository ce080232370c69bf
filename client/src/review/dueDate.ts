// Due dates are calendar days ("2026-12-12"), not instants: compared and shown as days, whatever the time zone.

const short = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });
const long = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export interface DueDateView {
  /** "due 12 Dec", or "overdue: due 12 Dec". */
  text: string;
  /** The full date, for a tooltip and screen readers: "12 December 2026". */
  full: string;
  overdue: boolean;
}

/** A section's due date in words; an approved section is never overdue. */
export function dueDateView(dueDate: string, approved: boolean, todayIso: string = today()): DueDateView {
  const date = new Date(`${dueDate}T00:00:00Z`);
  const overdue = !approved && dueDate < todayIso;
  const text = `due ${short.format(date)}`;
  return { text: overdue ? `overdue: ${text}` : text, full: long.format(date), overdue };
}
