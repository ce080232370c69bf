import { api, unwrap } from "../../api/client";
import { usePageTitle } from "../../ui/usePageTitle";
import { useLoad } from "../../ui/useLoad";
import { LoadingState } from "../../ui/LoadingState";
import { AcceptInvitationForm } from "./AcceptInvitationForm";
import { InvitationDetails } from "./InvitationDetails";
import { InvitationProblem } from "./InvitationProblem";
import { SoloPage } from "../layout/SoloPage";

export function AcceptInvitationPage({ token }: { token: string }) {
  usePageTitle("Accept your invitation");
  const { state, reload } = useLoad(() => unwrap(api.api.invitations.accept[":token"].$get({ param: { token } })), [token]);

  return (
    <SoloPage width="wide">
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
    </SoloPage>
  );
}
