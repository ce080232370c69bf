import { describe, expect, it } from "vitest";
import { createIntl } from "react-intl";
import { INTL_TAGS, type Locale } from "../../../../shared/i18n/locales";
import { ENGLISH } from "../../i18n/catalogues";
import type { Translate } from "../../i18n/useLocale";
import zh from "../../i18n/messages/suggestions/zh.json";
import ru from "../../i18n/messages/suggestions/ru.json";
import { decisionWords } from "./decideSuggestions";

const translate = (locale: Locale, messages: Record<string, string>): Translate => {
  const intl = createIntl({ locale: INTL_TAGS[locale], messages });
  return (id, values) => intl.formatMessage({ id }, values);
};
const t = translate("en", ENGLISH);

describe("decision words", () => {
  it("say what was decided, and what someone else had decided first", () => {
    expect(decisionWords({ decision: "accept", decided: ["a"], missing: [] }, t)).toBe("Suggestion accepted.");
    expect(decisionWords({ decision: "reject", decided: ["a", "b", "c"], missing: [] }, t)).toBe("3 suggestions rejected.");
    expect(decisionWords({ decision: "withdraw", decided: ["a"], missing: [] }, t)).toBe("Suggestion withdrawn.");
    expect(decisionWords({ decision: "accept", decided: ["a", "b"], missing: ["c"] }, t)).toBe(
      "2 suggestions accepted. 1 was no longer open: someone else had decided on it or withdrawn it.",
    );
    expect(decisionWords({ decision: "reject", decided: ["a"], missing: ["b", "c"] }, t)).toBe(
      "Suggestion rejected. 2 were no longer open: someone else had decided on them or withdrawn them.",
    );
  });

  it("say it in one sentence per fact in each language, counts in its plural forms", () => {
    expect(decisionWords({ decision: "accept", decided: ["a", "b"], missing: ["c"] }, translate("zh", zh))).toBe(
      "已接受 2 条建议。有 1 条建议已不再待处理：其他人已对其作出决定或已将其撤回。",
    );
    expect(decisionWords({ decision: "reject", decided: ["a", "b", "c", "d", "e"], missing: [] }, translate("ru", ru))).toBe("Отклонено 5 предложений.");
  });
});
