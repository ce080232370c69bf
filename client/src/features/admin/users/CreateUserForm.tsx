import type { GroupSummary } from "../../../../../shared/api/groups";
import { MIN_PASSWORD_LENGTH } from "../../../../../shared/api/auth";
import { UserCreateSchema, type UserSummary } from "../../../../../shared/api/users";
import type { Role } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { useForm } from "../../../ui/useForm";
import { GroupCheckboxes } from "../GroupCheckboxes";
import { isRole, ROLE_OPTIONS } from "../roleOptions";

const initial = { name: "", email: "", role: "member" as Role, password: "", groupIds: [] as string[] };

/** Create an account directly, with a first password the admin passes on. Invitations are usually better. */
export function CreateUserForm({ groups, onCreated }: { groups: readonly GroupSummary[]; onCreated(user: UserSummary): void }) {
  const form = useForm({
    initial,
    schema: UserCreateSchema,
    messages: { name: "Enter the person's name." },
    resetOnSuccess: true,
    async send(json) {
      const { user } = await unwrap(api.api.users.$post({ json }));
      onCreated(user);
    },
  });

  return (
    <section className="card form-card" aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">Add a user</h3>
      <p className="muted">Usually an invitation is better: the person chooses their own password. Use this when you must set one for them.</p>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {form.failure && <Alert title="The account was not created">{form.failure}</Alert>}
        <div className="form__row">
          <TextField id="new-user-name" label="Name" autoComplete="off" maxLength={120} {...form.field("name")} />
          <TextField id="new-user-email" label="Email address" type="email" autoComplete="off" spellCheck={false} {...form.field("email")} />
        </div>
        <div className="form__row">
          <SelectField id="new-user-role" label="Role" value={form.values.role} options={ROLE_OPTIONS} onChange={(value) => isRole(value) && form.set("role", value)} />
          <TextField
            id="new-user-password"
            label="First password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. Send it to them separately from their email address.`}
            type="password"
            autoComplete="new-password"
            {...form.field("password")}
          />
        </div>
        <GroupCheckboxes idPrefix="new-user-groups" legend="Groups" groups={groups} selected={form.values.groupIds} onChange={(ids) => form.set("groupIds", ids)} />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel="Creating…">
            Create account
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
