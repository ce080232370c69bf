import type { SectionStatus } from "../../../../shared/rights";
import { StatusIcon } from "./StatusIcon";
import { STATUS_LABELS } from "./statusLabels";

export function StatusBadge({ status }: { status: SectionStatus }) {
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusIcon status={status} />
      <span className="visually-hidden">Status: </span>
      {STATUS_LABELS[status]}
    </span>
  );
}
