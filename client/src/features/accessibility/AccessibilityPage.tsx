import { Link } from "wouter";
import { api, unwrap } from "../../api/client";
import { useFormats, useRichT, useT } from "../../i18n/useLocale";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { KNOWN_LIMITS, STATEMENT_DATE } from "./statement";
import { SoloPage } from "../layout/SoloPage";

const CHECKS = ["accessibility.checks.axe", "accessibility.checks.keyboard", "accessibility.checks.announced", "accessibility.checks.widths", "accessibility.checks.time"] as const;

/**
 * /accessibility, signed in or not: how far Penholder meets WCAG 2.2 AA, what is known not to, and how to report
 * a barrier. The known limits live in ./statement.ts, beside this page, so they are changed with the code.
 */
export function AccessibilityPage() {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  usePageTitle(t("chrome.accessibility"));
  const site = useLoad(() => unwrap(api.api.site.$get()), []);
  const contact = site.state.status === "ready" ? site.state.data.accessibilityContact : null;

  return (
    <SoloPage width="reading" className="statement">
      <h1 className="solo-page__title">{t("chrome.accessibility")}</h1>
      <p>{t("accessibility.intro")}</p>

      <h2>{t("accessibility.conformance.heading")}</h2>
      <p>{rich("accessibility.conformance.body", { strong: (chunks) => <strong>{chunks}</strong> })}</p>

      <h2>{t("accessibility.checks.heading")}</h2>
      <ul>
        {CHECKS.map((check) => (
          <li key={check}>{t(check)}</li>
        ))}
      </ul>

      <h2>{t("accessibility.limits.heading")}</h2>
      <ul>
        {KNOWN_LIMITS.map((limit) => (
          <li key={limit}>{t(limit)}</li>
        ))}
      </ul>
      <p>{t("accessibility.limits.otherForm")}</p>

      <h2>{t("accessibility.report.heading")}</h2>
      <p>
        {contact
          ? rich("accessibility.report.bodyContact", {
              contact: (
                <a href={`mailto:${contact}`} dir="ltr">
                  {contact}
                </a>
              ),
            })
          : t("accessibility.report.bodySecretariat")}
      </p>

      <p className="muted">{rich("accessibility.prepared", { date: <time dateTime={STATEMENT_DATE}>{formats.longDay(STATEMENT_DATE)}</time> })}</p>
      <p>
        <Link href="/">{t("accessibility.back")}</Link>
      </p>
    </SoloPage>
  );
}
