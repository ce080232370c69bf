import { Link } from "wouter";

/** Documents / the document / this page: for the pages that hang off a document (versions, submissions). */
export function DocumentCrumbs({ documentId, title, current }: { documentId: string; title: string; current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li>
          <Link href="/">Documents</Link>
        </li>
        <li>
          <Link href={`/documents/${documentId}`}>{title}</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
