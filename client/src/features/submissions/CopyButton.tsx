import { useState } from "react";

/**
 * Copies a value (a SHA-256, a share link) to the clipboard. Where the clipboard is not allowed, it selects the
 * value's text on the page instead and says to press Ctrl+C. The result is said in a polite status line.
 */
export function CopyButton({ value, what, targetId }: { value: string; what: string; targetId: string }) {
  const [result, setResult] = useState<string | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setResult(`${what} copied.`);
    } catch {
      const target = document.getElementById(targetId);
      const selection = window.getSelection();
      if (target instanceof HTMLInputElement) {
        target.focus();
        target.select();
        setResult("Selected: press Ctrl+C (⌘C on a Mac) to copy.");
      } else if (target && selection) {
        selection.selectAllChildren(target);
        setResult("Selected: press Ctrl+C (⌘C on a Mac) to copy.");
      } else {
        setResult("Copying is not allowed here: select the text and copy it by hand.");
      }
    }
  }

  return (
    <>
      <button type="button" className="button button--secondary button--small" onClick={() => void copy()}>
        Copy<span className="visually-hidden"> {what}</span>
      </button>
      <span className="copy-result" role="status">
        {result}
      </span>
    </>
  );
}
