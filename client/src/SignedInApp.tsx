import { Redirect, Route, Switch, useLocation, useSearch } from "wouter";
import { useSession } from "./session/useSession";
import { loginPathFor } from "./session/nextPath";
import { SignedInLayout } from "./features/layout/SignedInLayout";
import { DocumentListPage } from "./features/documents/DocumentListPage";
import { DocumentPage } from "./features/documents/DocumentPage";
import { VersionsPage } from "./features/versions/VersionsPage";
import { SubmissionsPage } from "./features/submissions/SubmissionsPage";
import { AdminArea } from "./features/admin/AdminArea";
import { ReviewQueuePage } from "./features/reviewQueue/ReviewQueuePage";
import { InboxPage } from "./features/inbox/InboxPage";
import { NotFoundPage } from "./features/layout/NotFoundPage";
import { StartupState } from "./features/layout/StartupState";

/** Every page behind sign-in: waits for GET /api/me, sends signed-out visitors to /login with the path they wanted. */
export function SignedInApp() {
  const { state } = useSession();
  const [location] = useLocation();
  const search = useSearch();

  if (state.status === "signedOut") return <Redirect to={loginPathFor(search ? `${location}?${search}` : location)} replace />;
  if (state.status !== "signedIn") return <StartupState />;

  return (
    <SignedInLayout>
      <Switch>
        <Route path="/" component={DocumentListPage} />
        <Route path="/documents/:id/versions">{(params) => <VersionsPage id={params.id} />}</Route>
        <Route path="/documents/:id/submissions">{(params) => <SubmissionsPage id={params.id} />}</Route>
        <Route path="/documents/:id">{(params) => <DocumentPage id={params.id} />}</Route>
        <Route path="/review" component={ReviewQueuePage} />
        <Route path="/inbox" component={InboxPage} />
        <Route path="/admin" nest>
          <AdminArea />
        </Route>
        <Route component={NotFoundPage} />
      </Switch>
    </SignedInLayout>
  );
}
