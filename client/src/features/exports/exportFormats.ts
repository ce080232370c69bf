import type { MessageId } from "../../i18n/catalogues";
import type { Translate } from "../../i18n/useLocale";
import { REDLINE_FORMAT, showsTrackedChanges, type ExportSuggestions } from "../../../../shared/api/exports";

/** "redline": a Word file whose tracked changes are everything changed since a chosen version. */
export type ExportFormat = "docx" | "pdf" | "html" | "md" | "redline";
export type MatrixFormat = "docx" | "csv";

export const EXPORT_FORMATS: readonly { value: ExportFormat; label: MessageId; preparing: MessageId }[] = [
  { value: "docx", label: "exports.format.docx", preparing: "exports.preparing.docx" },
  { value: "pdf", label: "exports.format.pdf", preparing: "exports.preparing.pdf" },
  { value: "html", label: "exports.format.html", preparing: "exports.preparing.html" },
  { value: "md", label: "exports.format.md", preparing: "exports.preparing.md" },
  { value: "redline", label: "exports.format.redline", preparing: "exports.preparing.redline" },
];

export interface ExportChoice {
  format: ExportFormat;
  toc: boolean;
  numbering: boolean;
  /** As chosen; a format that cannot show tracked changes (PDF) is exported as the agreed text. */
  suggestions: ExportSuggestions;
  /** A saved version's id, or null for the text as it is now. */
  version: string | null;
  /** For a redline: the version its changes are shown against (required then). */
  against: string | null;
}

export const SUGGESTION_CHOICES: readonly { value: ExportSuggestions; label: MessageId }[] = [
  { value: "agreed", label: "exports.suggestions.agreed" },
  { value: "tracked", label: "exports.suggestions.tracked" },
];

/** What the export will show of the suggestions: the choice, where the format can show it. */
export const suggestionsShown = (choice: ExportChoice): ExportSuggestions =>
  choice.format !== "redline" && showsTrackedChanges(choice.format) ? choice.suggestions : "agreed";

export function exportUrl(documentId: string, choice: ExportChoice): string {
  const format = choice.format === "redline" ? REDLINE_FORMAT : choice.format;
  const query = new URLSearchParams({ format, toc: choice.toc ? "1" : "0", numbering: choice.numbering ? "1" : "0" });
  if (suggestionsShown(choice) === "tracked") query.set("suggestions", "tracked");
  if (choice.version) query.set("version", choice.version);
  if (choice.format === "redline" && choice.against) query.set("against", choice.against);
  return `/api/documents/${encodeURIComponent(documentId)}/export?${query}`;
}

export const matrixUrl = (documentId: string, format: MatrixFormat) =>
  `/api/documents/${encodeURIComponent(documentId)}/comments-matrix?format=${format}`;

/** Said while the server renders: PDFs of long papers take the longest. */
export function preparingLabel(format: ExportFormat, t: Translate): string {
  return t(EXPORT_FORMATS.find((f) => f.value === format)?.preparing ?? "exports.preparing.docx");
}
