import { Link } from "wouter";
import type { DocumentLanguage } from "../../../../shared/languages";
import { useT } from "../../i18n/useLocale";

/** The way back to the documents; the current page's name in its own language, kept apart from the interface's. */
export function Breadcrumbs({ current, language }: { current: string; language: DocumentLanguage }) {
  const t = useT();
  return (
    <nav className="breadcrumbs" aria-label={t("documents.page.breadcrumb")}>
      <ol>
        <li>
          <Link href="/">{t("documents.title")}</Link>
        </li>
        <li aria-current="page">
          <span lang={language} dir="auto">
            {current}
          </span>
        </li>
      </ol>
    </nav>
  );
}
