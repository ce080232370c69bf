import type { Locale } from "../../../../../shared/i18n/locales";

/** The audit log filters as typed: empty strings mean "any". */
export interface AuditFilters {
  documentId: string;
  action: string;
  /** YYYY-MM-DD, from the start of that day. */
  from: string;
  /** YYYY-MM-DD, to the end of that day. */
  to: string;
}

export const noFilters: AuditFilters = { documentId: "", action: "", from: "", to: "" };

const nextDay = (date: string): string => {
  const day = new Date(`${date}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + 1);
  return day.toISOString().slice(0, 10);
};

/** The query the API takes: `to` is exclusive there, so the day after the last day asked for. */
export function auditQuery(filters: AuditFilters): Record<string, string> {
  const query: Record<string, string> = {};
  if (filters.documentId) query.documentId = filters.documentId;
  if (filters.action.trim()) query.action = filters.action.trim().toLowerCase();
  if (filters.from) query.from = filters.from;
  if (filters.to) query.to = nextDay(filters.to);
  return query;
}

/** The same selection as a CSV file, its sentences in the interface's language (a link sends the browser's). */
export const csvHref = (filters: AuditFilters, locale: Locale): string =>
  `/api/audit?${new URLSearchParams({ ...auditQuery(filters), format: "csv", lang: locale }).toString()}`;
