import { Link } from "wouter";
import { useT } from "../../i18n/useLocale";

/** Documents / the document / this page: for the pages that hang off a document (versions, submissions). */
export function DocumentCrumbs({ documentId, title, current }: { documentId: string; title: string; current: string }) {
  const t = useT();
  return (
    <nav className="breadcrumbs" aria-label={t("versions.crumbs.label")}>
      <ol>
        <li>
          <Link href="/">{t("documents.title")}</Link>
        </li>
        <li>
          <Link href={`/documents/${documentId}`}>
            <bdi>{title}</bdi>
          </Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
