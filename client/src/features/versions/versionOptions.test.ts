import { describe, expect, it } from "vitest";
import { formatDateTime } from "../../ui/formatDate";
import { comparisonSearch, defaultComparison, linkedComparison, NOW, versionChoiceLabel, versionTitle } from "./versionOptions";

const at = "2026-12-05T10:15:00Z";
const v = (id: string) => ({ id });

describe("versions as people choose them", () => {
  it("names versions with the one date format, never saying a thing twice", () => {
    const automatic = { label: "Automatic, 2026-12-05 10:15 UTC", kind: "auto" as const, createdAt: at };
    expect(versionTitle(automatic)).toBe(`Automatic, ${formatDateTime(at)}`);
    expect(versionChoiceLabel(automatic)).toBe(`Automatic, ${formatDateTime(at)}`);
    expect(versionChoiceLabel({ label: "Before the edit", kind: "manual", createdAt: at })).toBe(`Before the edit (Named, ${formatDateTime(at)})`);
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
