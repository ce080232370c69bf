import { Link } from "wouter";
import { useT } from "../../i18n/useLocale";

export function Breadcrumbs({ current }: { current: string }) {
  const t = useT();
  return (
    <nav className="breadcrumbs" aria-label={t("documents.page.breadcrumb")}>
      <ol>
        <li>
          <Link href="/">{t("documents.title")}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
