import { Link } from "wouter";
import { usePageTitle } from "../../ui/usePageTitle";
import { useT } from "../../i18n/useLocale";

/** Shown instead of pages the signed-in user's role does not open. */
export function NotAllowedPage({ area, reason }: { area: string; reason: string }) {
  const t = useT();
  usePageTitle(t("layout.notAllowed.pageTitle", { area }));
  return (
    <div className="page__narrow">
      <h1>{t("layout.notAllowed.heading", { area })}</h1>
      <p>{reason}</p>
      <p>{t("layout.notAllowed.contact")}</p>
      <p>
        <Link href="~/" className="button button--primary">
          {t("common.goToDocuments")}
        </Link>
      </p>
    </div>
  );
}
