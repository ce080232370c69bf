import { INVITATION_DEFAULT_HOURS, INVITATION_MAX_HOURS, InvitationCreateSchema, type InvitationSummary } from "../../../../../shared/api/users";
import type { GroupSummary } from "../../../../../shared/api/groups";
import type { Role } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { useT } from "../../../i18n/useLocale";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { useForm } from "../../../ui/useForm";
import { GroupCheckboxes } from "../GroupCheckboxes";
import { isRole, roleOptions } from "../roleOptions";

const DEFAULT_HOURS = INVITATION_DEFAULT_HOURS;
const MAX_HOURS = INVITATION_MAX_HOURS;

const initial = { email: "", role: "member" as Role, groupIds: [] as string[], expiresInHours: String(DEFAULT_HOURS) };

export function CreateInvitationForm({ groups, onCreated }: { groups: readonly GroupSummary[]; onCreated(invitation: InvitationSummary): void }) {
  const t = useT();
  const form = useForm({
    initial,
    schema: InvitationCreateSchema,
    // The field holds what was typed; the request wants a number ("" and "12.5" fail the schema, as they should).
    toInput: (values) => ({ ...values, expiresInHours: values.expiresInHours.trim() === "" ? Number.NaN : Number(values.expiresInHours) }),
    messages: { expiresInHours: t("admin.invitations.hoursInvalid", { max: MAX_HOURS }) },
    resetOnSuccess: true,
    describeFailure: (error) => (error.code === "unreachable" ? t("common.unreachable") : error.message),
    async send(json) {
      const { invitation } = await unwrap(api.api.invitations.$post({ json }));
      onCreated(invitation);
    },
  });

  return (
    <section className="card form-card" aria-labelledby="create-invitation-heading">
      <h3 id="create-invitation-heading" tabIndex={-1}>
        {t("admin.invitations.invite")}
      </h3>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {form.failure && <Alert title={t("admin.invitations.createFailed")}>{form.failure}</Alert>}
        <div className="form__row">
          <TextField id="invite-email" label={t("signIn.email")} type="email" autoComplete="off" spellCheck={false} dir="ltr" {...form.field("email")} />
          <SelectField id="invite-role" label={t("admin.column.role")} value={form.values.role} options={roleOptions(t)} onChange={(value) => isRole(value) && form.set("role", value)} />
        </div>
        <GroupCheckboxes
          idPrefix="invite-groups"
          legend={t("admin.column.groups")}
          hint={t("admin.invitations.groupsHint")}
          groups={groups}
          selected={form.values.groupIds}
          onChange={(ids) => form.set("groupIds", ids)}
        />
        <TextField
          id="invite-hours"
          className="field--narrow"
          label={t("admin.invitations.hours")}
          hint={t("admin.invitations.hoursHint", { week: DEFAULT_HOURS, max: MAX_HOURS })}
          type="number"
          inputMode="numeric"
          min={1}
          max={MAX_HOURS}
          {...form.field("expiresInHours")}
        />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel={t("admin.invitations.creating")}>
            {t("admin.invitations.create")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
