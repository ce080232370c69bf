import { Link } from "wouter";
import { usePageTitle } from "../../ui/usePageTitle";

/** Shown instead of pages the signed-in user's role does not open. */
export function NotAllowedPage({ area, reason }: { area: string; reason: string }) {
  usePageTitle(`${area}: not available`);
  return (
    <div className="page__narrow">
      <h1>{area} is not available to you</h1>
      <p>{reason}</p>
      <p>If you think you need access, contact the secretariat.</p>
      <p>
        <Link href="~/" className="button button--primary">
          Go to documents
        </Link>
      </p>
    </div>
  );
}
