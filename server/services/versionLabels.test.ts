import { describe, expect, it } from "vitest";
import { translate, translatorFor } from "../i18n/translate";
import { exportedLabel } from "../export/source";
import { automaticName, labelOf, restoredName, storedName, submissionName, transitionName } from "./versionLabels";

const at = Date.UTC(2026, 11, 5, 10, 15, 42);

describe("the names the server gives versions", () => {
  it("stores English word for word as before, with the message beside it", () => {
    expect(storedName(automaticName(at)).label).toBe("Automatic, 2026-12-05 10:15 UTC");
    expect(storedName(submissionName(3)).label).toBe("Submission 3");
    expect(storedName(transitionName("Introduction", "in_review")).label).toBe("“Introduction” submitted for review");
    expect(storedName(transitionName("Introduction", "approved")).label).toBe("“Introduction” approved");
    expect(storedName(transitionName("Introduction", "changes_requested")).label).toBe("“Introduction” changes requested");
    expect(storedName(transitionName("Introduction", "draft")).label).toBe("“Introduction” back to draft");
    const automatic = storedName(automaticName(at));
    expect(storedName(restoredName(automatic)).label).toBe("Restored to “Automatic, 2026-12-05 10:15 UTC”");
    expect(storedName(restoredName(automatic, "Funding")).label).toBe("“Funding” restored to “Automatic, 2026-12-05 10:15 UTC”");
    // A person's name has no message: it is theirs.
    expect(storedName("Before Geneva")).toEqual({ label: "Before Geneva", label_message: null });
  });

  it("says a stored name in the reader's language, and a typed one or one from before as it was stored", () => {
    const approved = storedName(transitionName("Introduction", "approved"));
    expect(labelOf(approved, translatorFor("fr"))).toBe("«\u00a0Introduction\u00a0» approuvée");
    expect(labelOf(approved, translatorFor("ar"))).toBe("الموافقة على “\u2068Introduction\u2069”");
    expect(labelOf(storedName(automaticName(at)), translatorFor("zh"))).toBe("自动版本，2026-12-05 10:15 UTC");
    expect(labelOf(storedName(submissionName(2)), translatorFor("ru"))).toBe("Представление 2");
    // The restored version's name inside, in the same language: a typed one stays as typed.
    const restoredAutomatic = storedName(restoredName(storedName(automaticName(at))));
    expect(labelOf(restoredAutomatic, translatorFor("es"))).toBe("Restauración de «Versión automática, 2026-12-05 10:15 UTC»");
    const restoredTyped = storedName(restoredName(storedName("Submission 3"), "Funding"));
    expect(labelOf(restoredTyped, translatorFor("fr"))).toBe("«\u00a0Funding\u00a0» restaurée à partir de «\u00a0Submission 3\u00a0»");
    // Versions from before keep their English label, and so does one whose message this release cannot say.
    expect(labelOf({ label: "Automatic, 2026-12-05 10:15 UTC", label_message: null }, translatorFor("fr"))).toBe("Automatic, 2026-12-05 10:15 UTC");
    expect(labelOf({ label: "Old name", label_message: '{"id":"versionLabel.unknown"}' }, translatorFor("fr"))).toBe("Old name");
    expect(labelOf({ label: "Old name", label_message: '{"id":"versionLabel.restored","values":{"version":{"id":"gone.id"}}}' }, translatorFor("fr"))).toBe("Old name");
    expect(labelOf({ label: "Old name", label_message: "not json" }, translatorFor("fr"))).toBe("Old name");
    expect(translate("en", restoredName(restoredAutomatic))).toBe("Restored to “Restored to “Automatic, 2026-12-05 10:15 UTC””");
  });

  it("prints a name in an export in the document's language, dates in the file's words, without isolates", () => {
    const restored = storedName(restoredName(storedName(automaticName(at)), "Funding"));
    expect(exportedLabel(restored, "en")).toBe("“Funding” restored to “Automatic, 5 December 2026, 10:15 UTC”");
    expect(exportedLabel(restored, "fr")).toMatch(/^«\u00a0Funding\u00a0» restaurée à partir de «\u00a0Version automatique, 5 décembre 2026.*10:15.*»$/);
    const arabic = exportedLabel(storedName(transitionName("Introduction", "approved")), "ar");
    expect(arabic).toBe("الموافقة على “Introduction”");
    expect(exportedLabel(storedName("Draft 2026-12-05"), "fr")).toBe("Draft 2026-12-05");
  });
});
