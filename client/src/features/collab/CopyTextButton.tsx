import { useState, type RefObject } from "react";
import { useT } from "../../i18n/useLocale";

/**
 * Copies a text to the clipboard, falling back to selecting it in its field (and the old copy command) where the
 * clipboard API is not allowed. Says what happened in a polite status line.
 */
export function CopyTextButton({ text, field, primary = true }: { text: string; field: RefObject<HTMLTextAreaElement | null>; primary?: boolean }) {
  const t = useT();
  const [result, setResult] = useState<string | null>(null);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult(t("collab.copy.done"));
    } catch {
      const element = field.current;
      element?.focus();
      element?.select();
      const copied = element ? document.execCommand("copy") : false;
      setResult(copied ? t("collab.copy.done") : t("collab.copy.selected"));
    }
  };

  return (
    <>
      <button type="button" className={`button ${primary ? "button--primary" : "button--secondary"} button--small`} onClick={() => void copy()}>
        {t("collab.copy.button")}
      </button>
      <span className="refused__copied" role="status">
        {result}
      </span>
    </>
  );
}
