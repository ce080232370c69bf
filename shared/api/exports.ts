// What an export shows of a section's open suggestions (shared/editor/suggestions.ts). "agreed", the default: the
// text with every suggestion rejected, as the owners agreed it; a final submission is always this. "tracked": the
// suggestions as tracked changes, each naming its author, in the formats that have a way to show them.

export const EXPORT_SUGGESTIONS = ["agreed", "tracked"] as const;
export type ExportSuggestions = (typeof EXPORT_SUGGESTIONS)[number];

/** The formats that can show suggestions as tracked changes; a PDF shows the agreed text. */
export const TRACKED_FORMATS = ["docx", "html", "md"] as const;

export const showsTrackedChanges = (format: string): boolean => (TRACKED_FORMATS as readonly string[]).includes(format);

/** A redline (the text as tracked changes against a stored version, `against=<versionId>`) is a Word file. */
export const REDLINE_FORMAT = "docx";
