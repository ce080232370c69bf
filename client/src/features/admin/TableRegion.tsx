import { useId, type ReactNode } from "react";

/**
 * A table that scrolls sideways on narrow screens. The scrolling box is focusable and named after the caption,
 * so keyboard users can scroll it too.
 */
export function TableRegion({ caption, children, captionHidden = false }: { caption: string; children: ReactNode; captionHidden?: boolean }) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className={captionHidden ? "visually-hidden" : "table__caption"}>
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}
