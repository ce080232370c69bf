import type { SectionStatus } from "../../../../shared/rights";
import { useT } from "../../i18n/useLocale";
import { StatusIcon } from "./StatusIcon";
import { STATUS_MESSAGES } from "./statusLabels";

export function StatusBadge({ status }: { status: SectionStatus }) {
  const t = useT();
  return (
    <span className={`status-badge status-badge--${status}`}>
      <StatusIcon status={status} />
      <span className="visually-hidden">{t("status.label")} </span>
      {t(STATUS_MESSAGES[status])}
    </span>
  );
}
