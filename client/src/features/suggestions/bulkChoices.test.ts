import { describe, expect, it } from "vitest";
import { bulkChoices } from "./bulkChoices";
import type { SuggestionCard } from "./suggestionCards";

const card = (id: string, authorId: string, authorName: string | null, groups: string[]): SuggestionCard => ({
  id,
  kind: "insertion",
  inserted: id,
  deleted: "",
  opensParagraph: false,
  authorId,
  authorName,
  groups,
  createdAt: null,
  from: 0,
  to: 1,
});

const NAMES = { everyone: "Everyone", someone: "Someone" };

describe("bulk choices", () => {
  it("offer everyone, each person and each group, with their suggestions", () => {
    const choices = bulkChoices(
      [
      card("a", "u-ravi", "Ravi Menon", ["WG2"]),
      card("b", "u-mei", "Mei Lin Tan", ["WG5", "WG2"]),
      card("c", "u-ravi", "Ravi Menon", ["WG2"]),
      card("d", "u-new", null, []),
      ],
      NAMES,
    );
    expect(choices.map((c) => [c.key, c.label, c.ids])).toEqual([
      ["all", "Everyone", ["a", "b", "c", "d"]],
      ["person:u-mei", "Mei Lin Tan", ["b"]],
      ["person:u-ravi", "Ravi Menon", ["a", "c"]],
      ["person:u-new", "Someone", ["d"]],
      ["group:WG2", "WG2", ["a", "b", "c"]],
      ["group:WG5", "WG5", ["b"]],
    ]);
  });

  it("leave out a person or group that is everyone, and offer nothing without suggestions", () => {
    const one = bulkChoices([card("a", "u-ravi", "Ravi Menon", ["WG2"]), card("b", "u-ravi", "Ravi Menon", ["WG2"])], NAMES);
    expect(one.map((c) => c.key)).toEqual(["all"]);
    expect(bulkChoices([], NAMES)).toEqual([]);
  });
});
