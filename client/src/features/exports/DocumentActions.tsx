import { useRef, useState } from "react";
import { Link } from "wouter";
import { ExportPanel } from "./ExportPanel";
import { useT } from "../../i18n/useLocale";

/** Under the document's title: its versions, its submissions, and the export menu (folded until opened). */
export function DocumentActions({ documentId }: { documentId: string }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  return (
    <div className="document-actions">
      <div className="document-actions__row">
        <Link href={`/documents/${documentId}/versions`} className="button button--secondary button--small">
          {t("exports.actions.versions")}
        </Link>
        <Link href={`/documents/${documentId}/submissions`} className="button button--secondary button--small">
          {t("exports.actions.submissions")}
        </Link>
        <button
          ref={toggle}
          type="button"
          className="button button--secondary button--small"
          aria-expanded={open}
          aria-controls="export-menu"
          onClick={() => setOpen(!open)}
        >
          {t("exports.actions.export")}
          <svg className="document-actions__chevron" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
        </button>
      </div>
      {/* Escape folds the menu away again and gives the keyboard back to its button. */}
      <div
        id="export-menu"
        className="document-actions__panel"
        hidden={!open}
        onKeyDown={(event) => {
          if (event.key !== "Escape") return;
          setOpen(false);
          toggle.current?.focus();
        }}
      >
        {open && <ExportPanel documentId={documentId} />}
      </div>
    </div>
  );
}
