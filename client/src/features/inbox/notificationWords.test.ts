import { describe, expect, it } from "vitest";
import type { NotificationView } from "../../../../shared/api/inbox";
import { notificationHref, notificationNote, notificationSentence } from "./notificationWords";

const base: NotificationView = {
  id: "n1",
  kind: "suggestion",
  documentId: "d1",
  documentTitle: "Joint response",
  sectionId: "s3",
  sectionLabel: "3. A properly resourced Forum",
  threadId: null,
  commentId: null,
  suggestionId: "sg1",
  amendmentId: null,
  outcome: "accepted",
  note: "",
  count: 1,
  actor: { id: "u1", name: "Ravi Sharma" },
  excerpt: "",
  createdAt: "2026-12-05T10:00:00.000Z",
  read: false,
};

describe("notification words", () => {
  it("says who did what where, with the outcome", () => {
    expect(notificationSentence(base)).toBe("Ravi Sharma accepted your suggestion in 3. A properly resourced Forum");
    expect(notificationSentence({ ...base, outcome: "rejected", count: 3 })).toBe("Ravi Sharma rejected 3 of your suggestions in 3. A properly resourced Forum");
    const chair = { ...base, kind: "transition" as const, actor: { id: "c", name: "MAG chair" }, sectionLabel: "2. Funding" };
    expect(notificationSentence({ ...chair, outcome: "approved" })).toBe("MAG chair approved 2. Funding");
    expect(notificationSentence({ ...chair, outcome: "changes_requested", note: "Cite the 2024 figures." })).toBe("MAG chair requested changes to 2. Funding");
    expect(notificationNote({ ...chair, outcome: "changes_requested", note: "Cite the 2024 figures." })).toBe("Changes requested: Cite the 2024 figures.");
    expect(notificationSentence({ ...chair, outcome: "reopened" })).toBe("MAG chair reopened 2. Funding");
    expect(notificationSentence({ ...base, kind: "mention", outcome: null })).toBe("Ravi Sharma mentioned you in 3. A properly resourced Forum");
  });

  it("names the document when an older entry has no section", () => {
    expect(notificationSentence({ ...base, kind: "reply", outcome: null, suggestionId: null, sectionLabel: null })).toBe("Ravi Sharma replied in Joint response");
  });

  it("leads to the thread, the amendment or the section", () => {
    expect(notificationHref({ ...base, kind: "reply", threadId: "t1" })).toBe("/documents/d1#thread-t1");
    expect(notificationHref({ ...base, kind: "amendment", amendmentId: "a1" })).toBe("/documents/d1#amendment-a1");
    expect(notificationHref(base)).toBe("/documents/d1#section-s3");
  });
});
