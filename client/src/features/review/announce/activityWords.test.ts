import { describe, expect, it } from "vitest";
import { ENGLISH } from "../../../i18n/catalogues";
import { plainTranslate } from "../../../i18n/plainTranslate";
import { createFormats } from "../../../ui/formatDate";
import { activityMessage, unseenActivity, type ActivityItem } from "./activityWords";

const item = (key: string, kind: ActivityItem["kind"], authorId: string, authorName: string | null): ActivityItem => ({ key, kind, authorId, authorName });

const english = { t: plainTranslate("en", ENGLISH), list: createFormats("en").list, tag: "en-GB" };

describe("activity words", () => {
  it("keep only what is new and someone else's", () => {
    const items = [item("s1", "suggestion", "u-ravi", "Ravi Menon"), item("s2", "suggestion", "me", "Me"), item("c1", "reply", "u-elise", "Élise Dubois")];
    expect(unseenActivity(new Set(["c1"]), items, "me").map((i) => i.key)).toEqual(["s1"]);
  });

  it("say how many of each, and by whom, in one sentence", () => {
    const items = [
      item("s1", "suggestion", "u-ravi", "Ravi Menon"),
      item("s2", "suggestion", "u-ravi", "Ravi Menon"),
      item("s3", "suggestion", "u-mei", "Mei Lin Tan"),
      item("c1", "reply", "u-elise", "Élise Dubois"),
    ];
    expect(activityMessage(items, "Sustainable funding", english)).toBe("In “Sustainable funding”: 3 new suggestions by Ravi Menon and Mei Lin Tan and a new comment by Élise Dubois.");
    expect(activityMessage([item("s1", "suggestion", "u-x", null)], null, english)).toBe("A new suggestion by someone.");
    expect(activityMessage([item("c1", "reply", "a", "A"), item("c2", "reply", "b", "B"), item("c3", "reply", "c", "C")], null, english)).toBe("3 new comments by A, B and C.");
    expect(activityMessage([], "x", english)).toBeNull();
  });
});
