import { Redirect, Route, Switch } from "wouter";
import { isAdmin } from "../../../../shared/rights";
import { useT } from "../../i18n/useLocale";
import { actorOf, useCurrentUser } from "../../session/useSession";
import { NotAllowedPage } from "../layout/NotAllowedPage";
import { AdminNav } from "./AdminNav";
import { DocumentsAdminPanel } from "./documents/DocumentsAdminPanel";
import { GroupDetailPanel } from "./groups/GroupDetailPanel";
import { GroupsPanel } from "./groups/GroupsPanel";
import { InvitationsPanel } from "./invitations/InvitationsPanel";
import { UsersPanel } from "./users/UsersPanel";
import { AuditPanel } from "./audit/AuditPanel";

/** /admin/*: the secretariat's screens. Rendered inside a nested route, so paths here are relative to /admin. */
export function AdminArea() {
  const user = useCurrentUser();
  const t = useT();
  if (!isAdmin(actorOf(user))) return <NotAllowedPage area={t("admin.title")} reason={t("admin.notAllowed")} />;
  return (
    <>
      <div className="page-heading">
        <div>
          <h1>{t("admin.title")}</h1>
          <p className="lead">{t("admin.lead")}</p>
        </div>
      </div>
      <AdminNav />
      <div className="admin-panel">
        <Switch>
          <Route path="/users" component={UsersPanel} />
          <Route path="/invitations" component={InvitationsPanel} />
          <Route path="/groups" component={GroupsPanel} />
          <Route path="/groups/:id">{(params) => <GroupDetailPanel id={params.id} />}</Route>
          <Route path="/documents" component={DocumentsAdminPanel} />
          <Route path="/audit" component={AuditPanel} />
          <Route>
            <Redirect to="/users" replace />
          </Route>
        </Switch>
      </div>
    </>
  );
}
