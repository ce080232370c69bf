import { describe, expect, it } from "vitest";
import { createIntl } from "react-intl";
import { createElement, Fragment, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import type { NotificationView } from "../../../../shared/api/inbox";
import { INTL_TAGS, type Locale } from "../../../../shared/i18n/locales";
import type { RichTranslate, RichValue, Translate } from "../../i18n/useLocale";
import ar from "../../i18n/messages/inbox/ar.json";
import en from "../../i18n/messages/inbox/en.json";
import ru from "../../i18n/messages/inbox/ru.json";
import zh from "../../i18n/messages/inbox/zh.json";
import { notificationHref, notificationNote, notificationSentence } from "./notificationWords";

const CATALOGUES: Partial<Record<Locale, Record<string, string>>> = { en, ar, ru, zh };

/** The inbox's messages in one language, as react-intl formats them on the page. */
function translate(locale: Locale): Translate & RichTranslate {
  const intl = createIntl({ locale: INTL_TAGS[locale], messages: CATALOGUES[locale]! });
  const format = (id: string, values?: Record<string, RichValue>): ReactNode => intl.formatMessage({ id }, values);
  return format as unknown as Translate & RichTranslate;
}

const t = translate("en");
/** The sentence as text: names and places as they are, not isolated in elements. */
const sentence = (n: NotificationView, locale: Locale = "en") => notificationSentence(n, translate(locale), "Someone", (text) => text);

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
    expect(sentence(base)).toBe("Ravi Sharma accepted your suggestion in 3. A properly resourced Forum");
    expect(sentence({ ...base, outcome: "rejected", count: 3 })).toBe("Ravi Sharma rejected 3 of your suggestions in 3. A properly resourced Forum");
    const chair = { ...base, kind: "transition" as const, actor: { id: "c", name: "MAG chair" }, sectionLabel: "2. Funding" };
    expect(sentence({ ...chair, outcome: "approved" })).toBe("MAG chair approved 2. Funding");
    expect(sentence({ ...chair, outcome: "changes_requested", note: "Cite the 2024 figures." })).toBe("MAG chair requested changes to 2. Funding");
    expect(notificationNote({ ...chair, outcome: "changes_requested", note: "Cite the 2024 figures." }, t)).toBe("Changes requested: Cite the 2024 figures.");
    expect(sentence({ ...chair, outcome: "reopened" })).toBe("MAG chair reopened 2. Funding");
    expect(sentence({ ...base, kind: "mention", outcome: null })).toBe("Ravi Sharma mentioned you in 3. A properly resourced Forum");
    expect(sentence({ ...base, actor: null, kind: "amendment", outcome: "proposed" })).toBe("Someone proposed an amendment in 3. A properly resourced Forum");
  });

  it("names the document when an older entry has no section", () => {
    expect(sentence({ ...base, kind: "reply", outcome: null, suggestionId: null, sectionLabel: null })).toBe("Ravi Sharma replied in Joint response");
  });

  it("counts in each language's plural forms, one suggestion being 'yours' rather than a number", () => {
    const rejected = (count: number, locale: Locale) => sentence({ ...base, outcome: "rejected", count, sectionLabel: "2. Funding" }, locale);
    expect(rejected(1, "ru")).toBe("Ravi Sharma: отклонено ваше предложение — 2. Funding");
    expect(rejected(21, "ru")).toBe("Ravi Sharma: отклонено 21 ваше предложение — 2. Funding");
    expect(rejected(3, "ru")).toBe("Ravi Sharma: отклонено 3 ваших предложения — 2. Funding");
    expect(rejected(5, "ru")).toBe("Ravi Sharma: отклонено 5 ваших предложений — 2. Funding");
    expect(rejected(1, "zh")).toBe("Ravi Sharma拒绝了您在“2. Funding”中的建议");
    expect(rejected(4, "zh")).toBe("Ravi Sharma拒绝了您在“2. Funding”中的4 条建议");
    expect(rejected(1, "ar")).toBe("رفض اقتراحك في 2. Funding من جانب Ravi Sharma");
    expect(rejected(3, "ar")).toBe("رفض 3 من اقتراحاتك في 2. Funding من جانب Ravi Sharma");
  });

  it("isolates names and places in <bdi> on the page", () => {
    const markup = renderToStaticMarkup(createElement(Fragment, null, notificationSentence({ ...base, actor: null }, translate("ar"), "أحد المستخدمين")));
    expect(markup).toBe("قبول اقتراحك في <bdi>3. A properly resourced Forum</bdi> من جانب <bdi>أحد المستخدمين</bdi>");
  });

  it("leads to the thread, the amendment or the section", () => {
    expect(notificationHref({ ...base, kind: "reply", threadId: "t1" })).toBe("/documents/d1#thread-t1");
    expect(notificationHref({ ...base, kind: "amendment", amendmentId: "a1" })).toBe("/documents/d1#amendment-a1");
    expect(notificationHref(base)).toBe("/documents/d1#section-s3");
  });
});
