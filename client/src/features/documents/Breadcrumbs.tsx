import { Link } from "wouter";

export function Breadcrumbs({ current }: { current: string }) {
  return (
    <nav className="breadcrumbs" aria-label="Breadcrumb">
      <ol>
        <li>
          <Link href="/">Documents</Link>
        </li>
        <li aria-current="page">{current}</li>
      </ol>
    </nav>
  );
}
