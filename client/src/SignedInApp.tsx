import { lazy, Suspense } from "react";
import { Redirect, Route, Switch, useLocation, useSearch } from "wouter";
import { useSession } from "./session/useSession";
import { loginPathFor } from "./session/nextPath";
import { SignedInLayout } from "./features/layout/SignedInLayout";
import { DocumentListPage } from "./features/documents/DocumentListPage";
import { DocumentPage } from "./features/documents/DocumentPage";
import { NotFoundPage } from "./features/layout/NotFoundPage";
import { StartupState } from "./features/layout/StartupState";
import { LoadingState } from "./ui/LoadingState";

// Pages most visits never open are loaded when first opened: the document list and the document page come first.
const VersionsPage = lazy(() => import("./features/versions/VersionsPage").then((m) => ({ default: m.VersionsPage })));
const SubmissionsPage = lazy(() => import("./features/submissions/SubmissionsPage").then((m) => ({ default: m.SubmissionsPage })));
const AdminArea = lazy(() => import("./features/admin/AdminArea").then((m) => ({ default: m.AdminArea })));
const ReviewQueuePage = lazy(() => import("./features/reviewQueue/ReviewQueuePage").then((m) => ({ default: m.ReviewQueuePage })));
const InboxPage = lazy(() => import("./features/inbox/InboxPage").then((m) => ({ default: m.InboxPage })));

/** Every page behind sign-in: waits for GET /api/me, sends signed-out visitors to /login with the path they wanted. */
export function SignedInApp() {
  const { state } = useSession();
  const [location] = useLocation();
  const search = useSearch();

  if (state.status === "signedOut") return <Redirect to={loginPathFor(search ? `${location}?${search}` : location)} replace />;
  if (state.status !== "signedIn") return <StartupState />;

  return (
    <SignedInLayout>
      <Suspense fallback={<LoadingState />}>
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
      </Suspense>
    </SignedInLayout>
  );
}
