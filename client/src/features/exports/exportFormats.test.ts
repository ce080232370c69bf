import { describe, expect, it } from "vitest";
import { exportUrl, suggestionsShown, type ExportChoice } from "./exportFormats";

// The export form asks for tracked changes only where the format can show them: a PDF is the agreed text.

describe("export URLs", () => {
  const choice: ExportChoice = { format: "docx", toc: true, numbering: false, suggestions: "tracked", version: null, against: null };

  it("asks for tracked changes in Word, web page and Markdown exports", () => {
    for (const format of ["docx", "html", "md"] as const) {
      const url = new URL(exportUrl("doc1", { ...choice, format }), "http://localhost");
      expect(url.searchParams.get("suggestions")).toBe("tracked");
      expect(url.searchParams.get("format")).toBe(format);
    }
  });

  it("leaves the option out for the agreed text and for a PDF, keeping the choice for the next format", () => {
    expect(exportUrl("doc1", { ...choice, suggestions: "agreed" })).toBe("/api/documents/doc1/export?format=docx&toc=1&numbering=0");
    const pdf = { ...choice, format: "pdf" as const };
    expect(exportUrl("doc1", pdf)).toBe("/api/documents/doc1/export?format=pdf&toc=1&numbering=0");
    expect(suggestionsShown(pdf)).toBe("agreed");
    expect(pdf.suggestions).toBe("tracked");
  });

  it("asks for a redline as a Word file against the chosen version, without suggestions", () => {
    const redline = { ...choice, format: "redline" as const, against: "v1" };
    expect(exportUrl("doc1", redline)).toBe("/api/documents/doc1/export?format=docx&toc=1&numbering=0&against=v1");
    expect(suggestionsShown(redline)).toBe("agreed");
  });
});
