import type { ReactNode } from "react";

export type IconName =
  | "bold"
  | "italic"
  | "link"
  | "paragraph"
  | "heading2"
  | "heading3"
  | "bulletList"
  | "orderedList"
  | "blockquote"
  | "table"
  | "addRow"
  | "addColumn"
  | "deleteRow"
  | "deleteColumn"
  | "deleteTable"
  | "undo"
  | "redo"
  | "comment"
  | "footnote";

const line = { fill: "none", stroke: "currentColor", strokeWidth: 1.8, strokeLinecap: "round", strokeLinejoin: "round" } as const;

const glyph = (text: string, style?: "bold" | "italic") => (
  <text
    x="10"
    y="15"
    textAnchor="middle"
    fontSize={15}
    fontWeight={style === "bold" ? 700 : 500}
    fontStyle={style === "italic" ? "italic" : "normal"}
    fontFamily="Georgia, 'Times New Roman', serif"
    fill="currentColor"
  >
    {text}
  </text>
);

const grid = (
  <>
    <rect x="3" y="4" width="14" height="12" rx="1.5" {...line} />
    <path d="M3 8.5h14M8 8.5V16M12.5 8.5V16" {...line} />
  </>
);

const PATHS: Record<IconName, ReactNode> = {
  bold: glyph("B", "bold"),
  italic: glyph("I", "italic"),
  link: (
    <>
      <path d="M8.5 11.5a3 3 0 004.2 0l2.6-2.6a3 3 0 00-4.2-4.2l-1 1" {...line} />
      <path d="M11.5 8.5a3 3 0 00-4.2 0l-2.6 2.6a3 3 0 004.2 4.2l1-1" {...line} />
    </>
  ),
  paragraph: glyph("¶"),
  // Drawn, not written: text inside the button would have to be part of its name ("H2" is not "Heading 2").
  heading2: <path d="M2.5 5v10M8.5 5v10M2.5 10h6M11.5 8a2.3 2.3 0 014.6 0c0 2-4.6 3.6-4.6 7h4.8" {...line} />,
  heading3: <path d="M2.5 5v10M8.5 5v10M2.5 10h6M11.5 5.5h4.5l-2.6 3.4a2.9 2.9 0 11-2.2 4.9" {...line} />,
  bulletList: (
    <>
      <circle cx="4.5" cy="6" r="1.3" fill="currentColor" />
      <circle cx="4.5" cy="10" r="1.3" fill="currentColor" />
      <circle cx="4.5" cy="14" r="1.3" fill="currentColor" />
      <path d="M8 6h9M8 10h9M8 14h9" {...line} />
    </>
  ),
  orderedList: (
    <>
      <path d="M3.5 4.5l1.2-.8v4M3.3 11.3c.3-.6 2.4-.9 2.2.4-.1.8-2.2 1.6-2.2 2.5h2.4" {...line} strokeWidth={1.3} />
      <path d="M9 6h8M9 10h8M9 14h8" {...line} />
    </>
  ),
  blockquote: (
    <>
      <path d="M4 4v12" {...line} strokeWidth={2.6} />
      <path d="M8.5 6h8.5M8.5 10h8.5M8.5 14h6" {...line} />
    </>
  ),
  table: grid,
  addRow: (
    <>
      <path d="M3 4h14v6H3z" {...line} />
      <path d="M10 12.5v5M7.5 15h5" {...line} />
    </>
  ),
  addColumn: (
    <>
      <path d="M3 3h6v14H3z" {...line} />
      <path d="M12.5 10h5M15 7.5v5" {...line} />
    </>
  ),
  deleteRow: (
    <>
      <path d="M3 4h14v6H3z" {...line} />
      <path d="M7.5 13l5 4M12.5 13l-5 4" {...line} />
    </>
  ),
  deleteColumn: (
    <>
      <path d="M3 3h6v14H3z" {...line} />
      <path d="M12.5 7.5l5 5M17.5 7.5l-5 5" {...line} />
    </>
  ),
  deleteTable: (
    <>
      {grid}
      <path d="M6 6l8 8M14 6l-8 8" {...line} strokeWidth={2.2} />
    </>
  ),
  // Lines of text with a superscript 1 after the first.
  footnote: (
    <>
      <path d="M2.5 7.5h9M2.5 11.5h14M2.5 15.5h10" {...line} />
      <path d="M14 4.2l1.8-1.4v5.4" {...line} strokeWidth={1.5} />
    </>
  ),
  comment: <path d="M3.5 4.5h13v9h-7l-4 3v-3h-2z" {...line} />,
  undo: <path d="M7 5L3.5 8.5 7 12M4 8.5h8a4.5 4.5 0 010 9H9" {...line} />,
  redo: <path d="M13 5l3.5 3.5L13 12M16 8.5H8a4.5 4.5 0 000 9h3" {...line} />,
};

/**
 * Drawings whose left and right mean the way text runs (bullets before the line, the new column after the last,
 * undo turning back): right to left, the stylesheet mirrors them. Numbers and letters are never mirrored.
 */
const DIRECTIONAL: ReadonlySet<IconName> = new Set(["bulletList", "blockquote", "addColumn", "deleteColumn", "footnote", "comment", "undo", "redo"]);

/** Decorative: every toolbar button carries its name in words. */
export function ToolbarIcon({ name }: { name: IconName }) {
  return (
    <svg className={DIRECTIONAL.has(name) ? "toolbar__icon toolbar__icon--directional" : "toolbar__icon"} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      {PATHS[name]}
    </svg>
  );
}
