import { useState, type ReactNode } from "react";
import type { InvitationSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
import { bdi } from "../../../i18n/tags";
import { useRichT, useT } from "../../../i18n/useLocale";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { StatusMessage } from "../../../ui/StatusMessage";
import { useLoad } from "../../../ui/useLoad";
import { usePageTitle } from "../../../ui/usePageTitle";
import { PanelHeading } from "../PanelHeading";
import { CreateInvitationForm } from "./CreateInvitationForm";
import { CreatedInvitationLink } from "./CreatedInvitationLink";
import { InvitationTable } from "./InvitationTable";

async function loadInvitationsAndGroups() {
  const [{ invitations }, { groups }] = await Promise.all([unwrap(api.api.invitations.$get()), unwrap(api.api.groups.$get())]);
  return { invitations, groups };
}

export function InvitationsPanel() {
  const t = useT();
  const rich = useRichT();
  usePageTitle(t("admin.pageTitle", { page: t("admin.nav.invitations") }));
  const { state, reload, replace } = useLoad(loadInvitationsAndGroups, []);
  const [created, setCreated] = useState<InvitationSummary | null>(null);
  const [announcement, setAnnouncement] = useState<ReactNode>(null);

  if (state.status === "loading") return <LoadingState label={t("admin.invitations.loading")} />;
  if (state.status === "error") return <ErrorState title={t("admin.invitations.loadFailed")} error={state.error} onRetry={reload} />;

  const { invitations, groups } = state.data;
  function handleCreated(invitation: InvitationSummary) {
    replace({ groups, invitations: [invitation, ...invitations] });
    setCreated(invitation);
  }
  function handleRevoked(invitation: InvitationSummary) {
    replace({ groups, invitations: invitations.filter((existing) => existing.id !== invitation.id) });
    if (created?.id === invitation.id) setCreated(null);
    setAnnouncement(rich("admin.invitations.revoked", { email: invitation.email, bdi }));
  }

  return (
    <section aria-labelledby="invitations-heading">
      <PanelHeading id="invitations-heading" title={t("admin.nav.invitations")}>
        {t("admin.invitations.lead")}
      </PanelHeading>
      <StatusMessage message={announcement} />
      {created?.url && <CreatedInvitationLink invitation={created} url={created.url} onDismiss={() => setCreated(null)} />}
      <CreateInvitationForm groups={groups} onCreated={handleCreated} />
      <InvitationTable invitations={invitations} onRevoked={handleRevoked} />
    </section>
  );
}
