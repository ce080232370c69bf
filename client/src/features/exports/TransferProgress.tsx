import { useLocale, useT } from "../../i18n/useLocale";
import { fileSize } from "../submissions/fileSize";

interface Props {
  /** What is happening, in words: "Preparing the PDF… this can take a few seconds for long papers". */
  label: string;
  /** Bytes so far, and of how many when known; without a total the bar is indeterminate. */
  done?: number;
  total?: number | null;
}

/** A progress bar with its words: determinate when the size is known, a moving stripe when not. */
export function TransferProgress({ label, done, total }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const known = total !== null && total !== undefined && total > 0 && done !== undefined;
  const amount =
    done === undefined || done === 0
      ? null
      : known
        ? t("exports.transfer.of", { done: fileSize(done, locale), total: fileSize(total, locale) })
        : t("exports.transfer.received", { done: fileSize(done, locale) });
  return (
    <div className="transfer">
      <p className="transfer__label">
        {label}
        {amount && <span className="transfer__amount"> {amount}</span>}
      </p>
      <div
        className={known ? "transfer__track" : "transfer__track transfer__track--indeterminate"}
        role="progressbar"
        aria-label={label}
        aria-valuemin={known ? 0 : undefined}
        aria-valuemax={known ? total : undefined}
        aria-valuenow={known ? done : undefined}
        aria-valuetext={amount ?? undefined}
      >
        <div className="transfer__fill" style={known ? { width: `${Math.min(100, Math.round((done / total) * 100))}%` } : undefined} />
      </div>
    </div>
  );
}
