import { Link } from "wouter";
import { useT } from "../../i18n/useLocale";
import { usePageTitle } from "../../ui/usePageTitle";

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t("chrome.notFound.title"));
  return (
    <div className="page__narrow">
      <h1>{t("chrome.notFound.title")}</h1>
      <p>{t("chrome.notFound.body")}</p>
      <p>
        <Link href="/" className="button button--primary">
          {t("common.goToDocuments")}
        </Link>
      </p>
    </div>
  );
}
