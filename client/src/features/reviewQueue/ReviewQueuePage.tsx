import { Link } from "wouter";
import { canManageOutline } from "../../../../shared/rights";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { usePageTitle } from "../../ui/usePageTitle";
import { NotAllowedPage } from "../layout/NotAllowedPage";
import { ReviewQueueTable } from "./ReviewQueueTable";

/** /review: for chairs (and the secretariat), every section waiting for a decision, linking to it. */
export function ReviewQueuePage() {
  usePageTitle("Review queue");
  const user = useCurrentUser();
  if (!canManageOutline(actorOf(user))) {
    return <NotAllowedPage area="The review queue" reason="The review queue is for chairs and the secretariat. Sections of your group show their review status on the document page." />;
  }
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>Review queue</h1>
          <p className="lead">Sections submitted for review: open one to approve it or to request changes.</p>
        </div>
        <Link href="/" className="button button--secondary">
          All documents
        </Link>
      </div>
      <ReviewQueueTable />
    </>
  );
}
