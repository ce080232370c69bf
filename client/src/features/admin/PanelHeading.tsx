import type { ReactNode } from "react";

/** The h2 that opens an admin sub-page, with a short line saying what it is for. */
export function PanelHeading({ id, title, children }: { id: string; title: string; children?: ReactNode }) {
  return (
    <div className="panel-heading">
      <h2 id={id}>{title}</h2>
      {children && <p className="muted">{children}</p>}
    </div>
  );
}
