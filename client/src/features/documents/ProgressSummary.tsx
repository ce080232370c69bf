import { useId } from "react";
import { useT } from "../../i18n/useLocale";

/** How much of a document is approved, as words and as a bar (a progressbar for assistive technology). */
export function ProgressSummary({ approved, total }: { approved: number; total: number }) {
  const labelId = useId();
  const t = useT();
  const text = total === 0 ? t("documents.progressEmpty") : t("documents.progress", { approved, total });
  const percent = total === 0 ? 0 : Math.round((approved / total) * 100);
  return (
    <div className="progress">
      <p className="progress__label" id={labelId}>
        {text}
      </p>
      <div
        className="progress__track"
        role="progressbar"
        aria-labelledby={labelId}
        aria-valuemin={0}
        aria-valuemax={Math.max(total, 1)}
        aria-valuenow={approved}
        aria-valuetext={text}
      >
        <div className="progress__fill" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
