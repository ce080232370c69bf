import { Link } from "wouter";
import { canManageOutline } from "../../../../shared/rights";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { usePageTitle } from "../../ui/usePageTitle";
import { useT } from "../../i18n/useLocale";
import { NotAllowedPage } from "../layout/NotAllowedPage";
import { ReviewQueueTable } from "./ReviewQueueTable";

/** /review: for chairs (and the secretariat), every section waiting for a decision, linking to it. */
export function ReviewQueuePage() {
  const t = useT();
  usePageTitle(t("reviewQueue.title"));
  const user = useCurrentUser();
  if (!canManageOutline(actorOf(user))) {
    return <NotAllowedPage area={t("reviewQueue.notAllowed.area")} reason={t("reviewQueue.notAllowed.reason")} />;
  }
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t("reviewQueue.title")}</h1>
          <p className="lead">{t("reviewQueue.lead")}</p>
        </div>
        <Link href="/" className="button button--secondary">
          {t("documents.all")}
        </Link>
      </div>
      <ReviewQueueTable />
    </>
  );
}
