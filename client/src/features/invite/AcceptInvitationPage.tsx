import { api, unwrap } from "../../api/client";
import { usePageTitle } from "../../ui/usePageTitle";
import { useLoad } from "../../ui/useLoad";
import { LoadingState } from "../../ui/LoadingState";
import { Wordmark } from "../../ui/Wordmark";
import { AcceptInvitationForm } from "./AcceptInvitationForm";
import { InvitationDetails } from "./InvitationDetails";
import { InvitationProblem } from "./InvitationProblem";

export function AcceptInvitationPage({ token }: { token: string }) {
  usePageTitle("Accept your invitation");
  const { state, reload } = useLoad(() => unwrap(api.api.invitations.accept[":token"].$get({ param: { token } })), [token]);

  return (
    <div className="solo-page">
      <main id="main" className="solo-page__card solo-page__card--wide card">
        <div className="solo-page__brand">
          <Wordmark size="large" />
        </div>
        <h1 className="solo-page__title">Join Penholder</h1>
        {state.status === "loading" && <LoadingState label="Checking your invitation…" />}
        {state.status === "error" && <InvitationProblem error={state.error} onRetry={reload} />}
        {state.status === "ready" && (
          <>
            <p>You have been invited to draft with your colleagues. Check the details, then choose your name and a password.</p>
            <InvitationDetails invitation={state.data.invitation} />
            <AcceptInvitationForm token={token} email={state.data.invitation.email} />
          </>
        )}
      </main>
    </div>
  );
}
