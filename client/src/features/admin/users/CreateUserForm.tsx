import type { GroupSummary } from "../../../../../shared/api/groups";
import { MIN_PASSWORD_LENGTH } from "../../../../../shared/api/auth";
import { UserCreateSchema, type UserSummary } from "../../../../../shared/api/users";
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

const initial = { name: "", email: "", role: "member" as Role, password: "", groupIds: [] as string[] };

/** Create an account directly, with a first password the admin passes on. Invitations are usually better. */
export function CreateUserForm({ groups, onCreated }: { groups: readonly GroupSummary[]; onCreated(user: UserSummary): void }) {
  const t = useT();
  const form = useForm({
    initial,
    schema: UserCreateSchema,
    messages: { name: t("admin.users.nameMissing") },
    resetOnSuccess: true,
    describeFailure: (error) => (error.code === "unreachable" ? t("common.unreachable") : error.message),
    async send(json) {
      const { user } = await unwrap(api.api.users.$post({ json }));
      onCreated(user);
    },
  });

  return (
    <section className="card form-card" aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">{t("admin.users.add")}</h3>
      <p className="muted">{t("admin.users.addLead")}</p>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {form.failure && <Alert title={t("admin.users.createFailed")}>{form.failure}</Alert>}
        <div className="form__row">
          <TextField id="new-user-name" label={t("admin.column.name")} autoComplete="off" maxLength={120} {...form.field("name")} />
          <TextField id="new-user-email" label={t("signIn.email")} type="email" autoComplete="off" spellCheck={false} dir="ltr" {...form.field("email")} />
        </div>
        <div className="form__row">
          <SelectField id="new-user-role" label={t("admin.column.role")} value={form.values.role} options={roleOptions(t)} onChange={(value) => isRole(value) && form.set("role", value)} />
          <TextField
            id="new-user-password"
            label={t("admin.users.firstPassword")}
            hint={t("admin.users.firstPasswordHint", { count: MIN_PASSWORD_LENGTH })}
            type="password"
            autoComplete="new-password"
            dir="ltr"
            {...form.field("password")}
          />
        </div>
        <GroupCheckboxes idPrefix="new-user-groups" legend={t("admin.column.groups")} groups={groups} selected={form.values.groupIds} onChange={(ids) => form.set("groupIds", ids)} />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel={t("admin.creating")}>
            {t("admin.users.create")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
