import { useState, type FormEvent } from "react";
import type { GroupSummary } from "../../../../../shared/api/groups";
import type { UserSummary } from "../../../../../shared/api/users";
import type { Role } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { GroupCheckboxes } from "../GroupCheckboxes";
import { isRole, ROLE_OPTIONS } from "../roleOptions";

interface FieldErrors {
  name?: string;
  email?: string;
  password?: string;
}

const MIN_PASSWORD_LENGTH = 10;

function validate(name: string, email: string, password: string): FieldErrors {
  return {
    name: name.trim() === "" ? "Enter the person's name." : undefined,
    email: /^\S+@\S+\.\S+$/.test(email.trim()) ? undefined : "Enter an email address like name@example.org.",
    password: password.length < MIN_PASSWORD_LENGTH ? `Use at least ${MIN_PASSWORD_LENGTH} characters.` : undefined,
  };
}

/** Create an account directly, with a first password the admin passes on. Invitations are usually better. */
export function CreateUserForm({ groups, onCreated }: { groups: readonly GroupSummary[]; onCreated(user: UserSummary): void }) {
  const [name, setName] = useState("");
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [password, setPassword] = useState("");
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors = validate(name, email, password);
    setFieldErrors(errors);
    if (errors.name || errors.email || errors.password) {
      setError("Check the highlighted fields.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { user } = await unwrap(api.api.users.$post({ json: { name: name.trim(), email: email.trim(), role, password, groupIds } }));
      onCreated(user);
      setName("");
      setEmail("");
      setPassword("");
      setGroupIds([]);
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card form-card" aria-labelledby="create-user-heading">
      <h3 id="create-user-heading">Add a user</h3>
      <p className="muted">Usually an invitation is better: the person chooses their own password. Use this when you must set one for them.</p>
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert title="The account was not created">{error}</Alert>}
        <div className="form__row">
          <TextField id="new-user-name" label="Name" autoComplete="off" value={name} onChange={setName} maxLength={120} error={fieldErrors.name} />
          <TextField id="new-user-email" label="Email address" type="email" autoComplete="off" spellCheck={false} value={email} onChange={setEmail} error={fieldErrors.email} />
        </div>
        <div className="form__row">
          <SelectField id="new-user-role" label="Role" value={role} options={ROLE_OPTIONS} onChange={(value) => isRole(value) && setRole(value)} />
          <TextField
            id="new-user-password"
            label="First password"
            hint={`At least ${MIN_PASSWORD_LENGTH} characters. Send it to them separately from their email address.`}
            type="password"
            autoComplete="new-password"
            value={password}
            onChange={setPassword}
            error={fieldErrors.password}
          />
        </div>
        <GroupCheckboxes idPrefix="new-user-groups" legend="Groups" groups={groups} selected={groupIds} onChange={setGroupIds} />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Creating…">
            Create account
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
