import { useState, type ReactNode } from "react";

/** A folded card of the document page; its content is made (and loaded) only once opened. */
export function ToolDisclosure({ label, children }: { label: string; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="card disclosure tool" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="disclosure__summary">{label}</summary>
      <div className="disclosure__body">{open && children()}</div>
    </details>
  );
}
