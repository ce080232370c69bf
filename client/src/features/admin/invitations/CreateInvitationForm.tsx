import { INVITATION_DEFAULT_HOURS, INVITATION_MAX_HOURS, InvitationCreateSchema, type InvitationSummary } from "../../../../../shared/api/users";
import type { GroupSummary } from "../../../../../shared/api/groups";
import type { Role } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { useForm } from "../../../ui/useForm";
import { GroupCheckboxes } from "../GroupCheckboxes";
import { isRole, ROLE_OPTIONS } from "../roleOptions";

const DEFAULT_HOURS = INVITATION_DEFAULT_HOURS;
const MAX_HOURS = INVITATION_MAX_HOURS;

const initial = { email: "", role: "member" as Role, groupIds: [] as string[], expiresInHours: String(DEFAULT_HOURS) };

export function CreateInvitationForm({ groups, onCreated }: { groups: readonly GroupSummary[]; onCreated(invitation: InvitationSummary): void }) {
  const form = useForm({
    initial,
    schema: InvitationCreateSchema,
    // The field holds what was typed; the request wants a number ("" and "12.5" fail the schema, as they should).
    toInput: (values) => ({ ...values, expiresInHours: values.expiresInHours.trim() === "" ? Number.NaN : Number(values.expiresInHours) }),
    messages: { expiresInHours: `Enter a whole number of hours from 1 to ${MAX_HOURS}.` },
    resetOnSuccess: true,
    async send(json) {
      const { invitation } = await unwrap(api.api.invitations.$post({ json }));
      onCreated(invitation);
    },
  });

  return (
    <section className="card form-card" aria-labelledby="create-invitation-heading">
      <h3 id="create-invitation-heading" tabIndex={-1}>
        Invite someone
      </h3>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {form.failure && <Alert title="The invitation was not created">{form.failure}</Alert>}
        <div className="form__row">
          <TextField id="invite-email" label="Email address" type="email" autoComplete="off" spellCheck={false} {...form.field("email")} />
          <SelectField id="invite-role" label="Role" value={form.values.role} options={ROLE_OPTIONS} onChange={(value) => isRole(value) && form.set("role", value)} />
        </div>
        <GroupCheckboxes
          idPrefix="invite-groups"
          legend="Groups"
          hint="Members edit the sections their groups own. Choose none for observers."
          groups={groups}
          selected={form.values.groupIds}
          onChange={(ids) => form.set("groupIds", ids)}
        />
        <TextField
          id="invite-hours"
          className="field--narrow"
          label="Link valid for (hours)"
          hint={`${DEFAULT_HOURS} hours is one week; at most ${MAX_HOURS} (30 days).`}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_HOURS}
          {...form.field("expiresInHours")}
        />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel="Creating the link…">
            Create invitation link
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
