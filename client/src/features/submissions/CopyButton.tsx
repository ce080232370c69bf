import { useState } from "react";
import { hidden } from "../../i18n/tags";
import { useRichT, useT } from "../../i18n/useLocale";

/**
 * Copies a value (a SHA-256, a share link) to the clipboard. Where the clipboard is not allowed, it selects the
 * value's text on the page instead and says to press Ctrl+C. The result is said in a polite status line.
 * `what` names the value in the reader's language, as it reads after "Copy".
 */
export function CopyButton({ value, what, targetId }: { value: string; what: string; targetId: string }) {
  const t = useT();
  const richT = useRichT();
  const [result, setResult] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult(t("submissions.copy.done", { what }));
    } catch {
      const target = document.getElementById(targetId);
      const selection = window.getSelection();
      if (target instanceof HTMLInputElement) {
        target.focus();
        target.select();
        setResult(t("submissions.copy.selected"));
      } else if (target && selection) {
        selection.selectAllChildren(target);
        setResult(t("submissions.copy.selected"));
      } else {
        setResult(t("submissions.copy.notAllowed"));
      }
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
        {richT("submissions.copy.button", { what, hidden })}
      </button>
      <span className="copy-result" role="status">
        {result}
      </span>
    </>
  );
}
