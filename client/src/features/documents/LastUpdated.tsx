import { formatDateTime } from "../../ui/formatDate";

export function LastUpdated({ iso, label = "Last updated" }: { iso: string; label?: string }) {
  return (
    <p className="meta">
      {label} <time dateTime={iso}>{formatDateTime(iso)}</time>
    </p>
  );
}
