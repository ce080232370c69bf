import { describe, expect, it } from "vitest";
import { insertMention, matchMentionables, mentionAt, mentionsIn, type Mentionable } from "./mentionQuery";

const people: Mentionable[] = [
  { kind: "user", id: "u1", name: "Élise Dubois", detail: "WG3" },
  { kind: "user", id: "u2", name: "Ravi Menon", detail: "WG2" },
  { kind: "user", id: "u3", name: "Nadia Haddad (MAG Chair)", detail: "STRATEGY" },
  { kind: "group", id: "g1", name: "WG3 Intersessional work model review", detail: "group · wg3" },
];

describe("mentions in a comment", () => {
  it("finds the mention being typed at the caret, and only after a space or at the start", () => {
    expect(mentionAt("Hello @Eli", 10)).toEqual({ start: 6, query: "Eli" });
    expect(mentionAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionAt("mail me at ravi@example.org", 27)).toBeNull();
    expect(mentionAt("@Ravi\nnext line", 15)).toBeNull();
    expect(mentionAt("no mention here", 5)).toBeNull();
  });

  it("matches names by any word, ignoring accents and case; the best answers first, people before groups among equals", () => {
    expect(matchMentionables(people, "eli").map((m) => m.id)).toEqual(["u1"]);
    expect(matchMentionables(people, "chair").map((m) => m.id)).toEqual(["u3"]);
    // The group's own name answers "@wg3" better than a member's list of groups: Enter picks the group.
    expect(matchMentionables(people, "wg3").map((m) => m.id)).toEqual(["g1", "u1"]);
    expect(matchMentionables(people, "WG3").map((m) => m.id)).toEqual(["g1", "u1"]);
    expect(matchMentionables(people, "strategy").map((m) => m.id)).toEqual(["u3"]);
    expect(matchMentionables(people, "").map((m) => m.kind)).toEqual(["user", "user", "user", "group"]);
  });

  it("writes the full name in, and sends the ids of the mentions still in the text", () => {
    const text = "Ask @ra please";
    const next = insertMention(text, { start: 4, query: "ra" }, 7, people[1]!);
    expect(next).toEqual({ text: "Ask @Ravi Menon  please", caret: 16 });
    expect(mentionsIn(next.text, [people[1]!, people[0]!, people[3]!])).toEqual({ userIds: ["u2"], groupIds: [] });
    expect(mentionsIn("@WG3 Intersessional work model review, see this", [people[3]!])).toEqual({ userIds: [], groupIds: ["g1"] });
  });
});
