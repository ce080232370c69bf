import { api, unwrap } from "../../api/client";
import { useT } from "../../i18n/useLocale";
import { usePageTitle } from "../../ui/usePageTitle";
import { useLoad } from "../../ui/useLoad";
import { LoadingState } from "../../ui/LoadingState";
import { AcceptInvitationForm } from "./AcceptInvitationForm";
import { InvitationDetails } from "./InvitationDetails";
import { InvitationProblem } from "./InvitationProblem";
import { SoloPage } from "../layout/SoloPage";

export function AcceptInvitationPage({ token }: { token: string }) {
  const t = useT();
  usePageTitle(t("invite.pageTitle"));
  const { state, reload } = useLoad(() => unwrap(api.api.invitations.accept[":token"].$get({ param: { token } })), [token]);

  return (
    <SoloPage width="wide">
      <h1 className="solo-page__title">{t("invite.title")}</h1>
      {state.status === "loading" && <LoadingState label={t("invite.checking")} />}
      {state.status === "error" && <InvitationProblem error={state.error} onRetry={reload} />}
      {state.status === "ready" && (
        <>
          <p>{t("invite.lead")}</p>
          <InvitationDetails invitation={state.data.invitation} />
          <AcceptInvitationForm token={token} email={state.data.invitation.email} />
        </>
      )}
    </SoloPage>
  );
}
