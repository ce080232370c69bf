import { isOverdue } from "../../review/dueDate";
import { useFormats, useT } from "../../i18n/useLocale";

/** "due 12 Dec", or "overdue: due 12 Dec" in the warning colour: the words say it, not only the colour. */
export function DueDateBadge({ dueDate, approved }: { dueDate: string; approved: boolean }) {
  const t = useT();
  const formats = useFormats();
  const overdue = isOverdue(dueDate, approved);
  const full = formats.longDay(dueDate);
  return (
    <span className={overdue ? "due-badge due-badge--overdue" : "due-badge"} title={full}>
      <svg className="due-badge__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <rect x="2" y="3" width="12" height="11" rx="1.5" fill="none" stroke="currentColor" strokeWidth="1.6" />
        <path d="M2 6.5h12M5.5 1.5v3M10.5 1.5v3" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
      </svg>
      {t(overdue ? "due.overdue" : "due.due", { date: formats.shortDay(dueDate) })}
      <span className="visually-hidden"> ({full})</span>
    </span>
  );
}
