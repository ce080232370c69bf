// Due dates are calendar days ("2026-12-12"), not instants: compared and shown as days, whatever the time zone.
// They are written out with useFormats().shortDay and .longDay, in the reader's language.

/** Today as YYYY-MM-DD in the reader's time zone. */
export function today(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Past its due date and not approved: an approved section is never overdue; the due day itself is not late. */
export const isOverdue = (dueDate: string, approved: boolean, todayIso: string = today()): boolean => !approved && dueDate < todayIso;
