import { Link } from "wouter";
import { canCreateDocuments } from "../../../../shared/rights";
import { api, unwrap } from "../../api/client";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { useT } from "../../i18n/useLocale";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { NeedsYou } from "../needs/NeedsYou";
import { DocumentCard } from "./DocumentCard";

export function DocumentListPage() {
  const t = useT();
  usePageTitle(t("documents.title"));
  const user = useCurrentUser();
  const { state, reload } = useLoad(() => unwrap(api.api.documents.$get()), []);
  const mayCreate = canCreateDocuments(actorOf(user));

  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t("documents.title")}</h1>
          <p className="lead">{t("documents.lead")}</p>
        </div>
        {mayCreate && (
          <Link href="/admin/documents" className="button button--secondary">
            {t("documents.new")}
          </Link>
        )}
      </div>
      <NeedsYou />
      <h2 className="document-list__heading">{t("documents.all")}</h2>
      {state.status === "loading" && <LoadingState label={t("documents.loading")} />}
      {state.status === "error" && <ErrorState title={t("documents.loadFailed")} error={state.error} onRetry={reload} />}
      {state.status === "ready" &&
        (state.data.documents.length === 0 ? (
          <div className="card empty-state">
            <p className="state__title">{t("documents.none")}</p>
            <p>{mayCreate ? t("documents.noneCreate") : t("documents.noneWait")}</p>
          </div>
        ) : (
          <ul className="document-list">
            {state.data.documents.map((document) => (
              <li key={document.id}>
                <DocumentCard document={document} />
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
