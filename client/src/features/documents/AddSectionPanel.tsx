import { useRef, useState } from "react";
import { StatusMessage } from "../../ui/StatusMessage";
import { AddSectionForm } from "./AddSectionForm";
import { useT } from "../../i18n/useLocale";

/** For admins and chairs: append a section to the document. Collapsed until asked for. */
export function AddSectionPanel({ documentId, onAdded }: { documentId: string; onAdded(): void }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const details = useRef<HTMLDetailsElement>(null);

  function handleAdded(title: string) {
    setConfirmation(t("documents.add.added", { title }));
    if (details.current) details.current.open = false;
    onAdded();
  }

  return (
    <div className="add-section">
      <details ref={details} className="card disclosure" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary className="disclosure__summary">{t("documents.add.open")}</summary>
        {open && <AddSectionForm documentId={documentId} onAdded={handleAdded} />}
      </details>
      <StatusMessage message={confirmation} />
    </div>
  );
}
