import { createIntl } from "react-intl";
import { describe, expect, it } from "vitest";
import type { Locale } from "../../../../shared/i18n/locales";
import { INTL_TAGS } from "../../../../shared/i18n/locales";
import { ENGLISH, type MessageId } from "../../i18n/catalogues";
import type { MessageValues } from "../../i18n/useLocale";
import { createFormats } from "../../ui/formatDate";
import versionsFr from "../../i18n/messages/versions/fr.json";
import versionsZh from "../../i18n/messages/versions/zh.json";
import { versionChoiceLabel, versionTitle, type VersionWords } from "./versionNames";
import { comparisonSearch, defaultComparison, linkedComparison, NOW } from "./versionOptions";

const at = "2026-12-05T10:15:00Z";
const v = (id: string) => ({ id });

function wordsIn(locale: Locale, messages: Record<string, string>): VersionWords {
  const intl = createIntl({ locale: INTL_TAGS[locale], messages: { ...ENGLISH, ...messages } });
  return { t: (id: MessageId, values?: MessageValues) => intl.formatMessage({ id }, values), formats: createFormats(locale) };
}

describe("versions as people choose them", () => {
  const en = wordsIn("en", {});
  const when = en.formats.dateTime(at);

  it("names versions with the one date format, never saying a thing twice", () => {
    const automatic = { label: "Automatic, 2026-12-05 10:15 UTC", kind: "auto" as const, createdAt: at };
    expect(versionTitle(automatic, en)).toBe(`Automatic, ${when}`);
    expect(versionChoiceLabel(automatic, en)).toBe(`Automatic, ${when}`);
    expect(versionChoiceLabel({ label: "Before the edit", kind: "manual", createdAt: at }, en)).toBe(`Before the edit (Named, ${when})`);
    expect(versionChoiceLabel({ label: "Submission 2", kind: "submission", createdAt: at }, en)).toBe(`Submission 2 (${when})`);
  });

  it("says the names the server gives its own versions in the reader's language, from their kind", () => {
    const fr = wordsIn("fr", versionsFr);
    const zh = wordsIn("zh", versionsZh);
    const automatic = { label: "Automatic, 2026-12-05 10:15 UTC", kind: "auto" as const };
    expect(versionTitle(automatic, fr)).toContain(fr.formats.dateTime(at));
    expect(versionTitle(automatic, fr)).not.toContain("Automatic");
    expect(versionTitle(automatic, zh)).toBe(`自动版本，${zh.formats.dateTime(at)}`);
    expect(versionTitle({ label: "Submission 3", kind: "submission" }, zh)).not.toContain("Submission");
    // A restore names the version it brought back, itself one of the server's names.
    const restored = versionTitle({ label: "Restored to “Automatic, 2026-12-05 10:15 UTC”", kind: "restore" }, fr);
    expect(restored).not.toMatch(/Restored|Automatic/);
    expect(restored).toContain(fr.formats.dateTime(at));
    expect(versionTitle({ label: "“Introduction” approved", kind: "approval" }, fr)).toContain("Introduction");
    expect(versionTitle({ label: "“Introduction” approved", kind: "approval" }, fr)).not.toContain("approved");
    // A person's name for a version stays as written, whatever it resembles.
    expect(versionTitle({ label: "Submission 3", kind: "manual" }, fr)).toBe("Submission 3");
  });

  it("shows a name the server already said in the reader's language as it is, its date in the reader's format", () => {
    const fr = wordsIn("fr", versionsFr);
    const time = fr.formats.dateTime(at);
    const automatic = { label: "Version automatique, 2026-12-05 10:15 UTC", kind: "auto" as const, createdAt: at };
    expect(versionTitle(automatic, fr)).toBe(`Version automatique, ${time}`);
    // Its kind and time are in the name already: not said twice in a list of choices.
    expect(versionChoiceLabel(automatic, fr)).toBe(`Version automatique, ${time}`);
    expect(versionChoiceLabel({ label: "Soumission 2", kind: "submission", createdAt: at }, fr)).toBe(`Soumission 2 (${time})`);
    expect(versionChoiceLabel({ label: "«\u00a0Introduction\u00a0» approuvée", kind: "approval", createdAt: at }, fr)).toBe(
      `«\u00a0Introduction\u00a0» approuvée (Approbation, ${time})`,
    );
  });

  it("compares the last change by default: the version before the latest against the latest, or one version against now", () => {
    expect(defaultComparison([v("c"), v("b"), v("a")])).toEqual({ from: "b", to: "c" });
    expect(defaultComparison([v("a")])).toEqual({ from: "a", to: NOW });
    expect(defaultComparison([])).toBeNull();
  });

  it("reads a shared comparison from the address, and says when it names a version that is not there", () => {
    const versions = [v("c"), v("b"), v("a")];
    expect(linkedComparison(comparisonSearch({ from: "a", to: "c" }), versions)).toEqual({ from: "a", to: "c" });
    expect(linkedComparison("?from=a&to=current", versions)).toEqual({ from: "a", to: NOW });
    expect(linkedComparison("", versions)).toBeNull();
    expect(linkedComparison("?from=zzz&to=c", versions)).toBe("unknown");
    expect(linkedComparison("?from=a", versions)).toBe("unknown");
    expect(linkedComparison("?from=a&to=a", versions)).toBe("unknown");
  });
});
