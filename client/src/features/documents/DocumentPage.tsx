import { lazy, Suspense } from "react";
import { api, unwrap } from "../../api/client";
import { useCurrentUser } from "../../session/useSession";
import { ErrorState } from "../../ui/ErrorState";
import { LoadingState } from "../../ui/LoadingState";
import { useLoad } from "../../ui/useLoad";
import { usePageTitle } from "../../ui/usePageTitle";
import { useT } from "../../i18n/useLocale";

// The editor (Tiptap, ProseMirror, Yjs) is most of the app's weight: loaded with the first document opened,
// not with the sign-in page. Asked for as the page starts, while the document itself is being read, not after.
const loadLiveDocument = () => import("./LiveDocument");
// Opened at a document's address: start now, while the session is being checked.
if (/^\/documents\/[^/]+\/?$/.test(window.location.pathname)) void loadLiveDocument();
const LiveDocument = lazy(() => loadLiveDocument().then((module) => ({ default: module.LiveDocument })));

/**
 * A document: loaded over the API first (which is also the check that this person may open it, and says why
 * not when they may not), then live.
 */
export function DocumentPage({ id }: { id: string }) {
  const t = useT();
  const user = useCurrentUser();
  void loadLiveDocument();
  const { state, reload } = useLoad(() => unwrap(api.api.documents[":id"].$get({ param: { id } })), [id]);
  usePageTitle(state.status === "ready" ? state.data.document.title : t("documents.page.title"));

  if (state.status === "loading") return <LoadingState label={t("documents.page.loading")} />;
  if (state.status === "error") return <ErrorState title={t("documents.page.loadFailed")} error={state.error} onRetry={reload} headingLevel={1} />;
  return (
    <Suspense fallback={<LoadingState label={t("documents.page.loading")} />}>
      <LiveDocument document={state.data.document} user={user} onOutlineChanged={reload} />
    </Suspense>
  );
}
