import { useEffect, useState } from "react";
import { api, unwrap } from "../../../api/client";
import { useLocale, useT } from "../../../i18n/useLocale";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { useLoad } from "../../../ui/useLoad";
import { usePageTitle } from "../../../ui/usePageTitle";
import { PanelHeading } from "../PanelHeading";
import { AuditFilterForm } from "./AuditFilterForm";
import { AuditTable } from "./AuditTable";
import { fetchAudit } from "./fetchAudit";
import { auditQuery, csvHref, noFilters, type AuditFilters } from "./auditQuery";

/** /admin/audit: who did what and when, in words, as it happens, filtered, with the same selection as a CSV download. */
export function AuditPanel() {
  const t = useT();
  const { locale } = useLocale();
  usePageTitle(t("admin.pageTitle", { page: t("admin.nav.audit") }));
  const [filters, setFilters] = useState<AuditFilters>(noFilters);
  const documents = useLoad(() => unwrap(api.api.documents.$get()), []);
  const entries = useLoad(() => fetchAudit(auditQuery(filters)), [JSON.stringify(filters)]);
  // Live: the server says when the log gains an entry (GET /api/audit/live); the entries shown are read again.
  const { reload } = entries;
  useEffect(() => {
    const events = new EventSource("/api/audit/live");
    events.addEventListener("audit", reload);
    return () => events.close();
  }, [reload]);
  const titles = new Map(documents.state.status === "ready" ? documents.state.data.documents.map((d) => [d.id, d.title]) : []);

  return (
    <section aria-labelledby="audit-heading">
      <PanelHeading id="audit-heading" title={t("admin.nav.audit")}>
        {t("admin.audit.lead")}
      </PanelHeading>
      <AuditFilterForm documents={documents.state.status === "ready" ? documents.state.data.documents : []} initial={filters} onApply={setFilters} />
      <p className="audit__download">
        <a className="button button--secondary" href={csvHref(filters, locale)} download>
          {t("admin.audit.download")}
        </a>{" "}
        <span className="muted">{t("admin.audit.downloadNote")}</span>
      </p>
      {entries.state.status === "loading" && <LoadingState label={t("admin.audit.loading")} />}
      {entries.state.status === "error" && <ErrorState title={t("admin.audit.loadFailed")} error={entries.state.error} onRetry={entries.reload} />}
      {entries.state.status === "ready" &&
        (entries.state.data.entries.length === 0 ? (
          <p className="card empty-state">{t("admin.audit.noMatch")}</p>
        ) : (
          <AuditTable entries={entries.state.data.entries} documentTitles={titles} />
        ))}
    </section>
  );
}
