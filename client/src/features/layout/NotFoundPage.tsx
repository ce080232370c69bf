import { Link } from "wouter";
import { usePageTitle } from "../../ui/usePageTitle";

export function NotFoundPage() {
  usePageTitle("Page not found");
  return (
    <div className="page__narrow">
      <h1>Page not found</h1>
      <p>There is no page at this address. If you typed it, check it; if you followed a link, it may be out of date.</p>
      <p>
        <Link href="/" className="button button--primary">
          Go to documents
        </Link>
      </p>
    </div>
  );
}
