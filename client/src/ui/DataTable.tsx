import { useId, type ReactNode } from "react";

/** A column heading; `hidden` ones (an "Actions" column) are read by screen readers but not shown. */
export interface Column {
  label: string;
  hidden?: boolean;
  className?: string;
}

interface Props {
  caption: string;
  columns: readonly (string | Column)[];
  /** The rows: they go in the table's body. */
  children: ReactNode;
}

/**
 * A table that scrolls sideways on narrow screens. The scrolling box is focusable and named after the caption,
 * so keyboard users can scroll it too.
 */
export function DataTable({ caption, columns, children }: Props) {
  const captionId = useId();
  return (
    <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="table">
        <caption id={captionId} className="table__caption">
          {caption}
        </caption>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label, hidden = false, className } = typeof column === "string" ? { label: column } : column;
              return (
                <th key={label} scope="col" className={className}>
                  {hidden ? <span className="visually-hidden">{label}</span> : label}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
