import { useRef, useState, type ReactNode } from "react";

/**
 * A folded tool of the document page; its content is made (and loaded) only once opened. Opened, it lies over the
 * text: Escape folds it away again and gives the keyboard back to its summary.
 */
export function ToolDisclosure({ label, note, onOpenChange, children }: { label: string; note?: ReactNode; onOpenChange?(open: boolean): void; children: () => ReactNode }) {
  const [open, setOpen] = useState(false);
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details
      ref={details}
      className="card disclosure tool"
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
        onOpenChange?.(event.currentTarget.open);
      }}
      onKeyDown={(event) => {
        // Not an Escape meant for something inside: a dialog opened from the tool, a menu that closes itself.
        if (event.key !== "Escape" || event.defaultPrevented || !details.current?.open) return;
        if (event.target instanceof Element && event.target.closest("dialog, [role=dialog]")) return;
        details.current.open = false;
        details.current.querySelector("summary")?.focus();
      }}
    >
      <summary className="disclosure__summary">
        {label}
        {note}
      </summary>
      <div className="disclosure__body">{open && children()}</div>
    </details>
  );
}
