import { useState } from "react";
import type { InvitationSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
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
  usePageTitle("Invitations · Administration");
  const { state, reload, replace } = useLoad(loadInvitationsAndGroups, []);
  const [created, setCreated] = useState<InvitationSummary | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);

  if (state.status === "loading") return <LoadingState label="Loading invitations…" />;
  if (state.status === "error") return <ErrorState title="The invitations could not be loaded." error={state.error} onRetry={reload} />;

  const { invitations, groups } = state.data;
  function handleCreated(invitation: InvitationSummary) {
    replace({ groups, invitations: [invitation, ...invitations] });
    setCreated(invitation);
  }
  function handleRevoked(invitation: InvitationSummary) {
    replace({ groups, invitations: invitations.filter((existing) => existing.id !== invitation.id) });
    if (created?.id === invitation.id) setCreated(null);
    setAnnouncement(`The invitation for ${invitation.email} is revoked; its link no longer works.`);
  }

  return (
    <section aria-labelledby="invitations-heading">
      <PanelHeading id="invitations-heading" title="Invitations">
        Invite someone by email address: they get a one-time link, choose their name and password, and join with the role
        and groups you set.
      </PanelHeading>
      <StatusMessage message={announcement} />
      {created?.url && <CreatedInvitationLink invitation={created} url={created.url} onDismiss={() => setCreated(null)} />}
      <CreateInvitationForm groups={groups} onCreated={handleCreated} />
      <InvitationTable invitations={invitations} onRevoked={handleRevoked} />
    </section>
  );
}
