import { useState, type FormEvent } from "react";
import type { GroupSummary } from "../../../../../shared/api/groups";
import type { InvitationSummary } from "../../../../../shared/api/users";
import type { Role } from "../../../../../shared/rights";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { GroupCheckboxes } from "../GroupCheckboxes";
import { isRole, ROLE_OPTIONS } from "../roleOptions";

const DEFAULT_HOURS = 24 * 7;
const MAX_HOURS = 24 * 30;

interface FieldErrors {
  email?: string;
  hours?: string;
}

function validate(email: string, hours: string): FieldErrors {
  const hoursNumber = Number(hours);
  return {
    email: /^\S+@\S+\.\S+$/.test(email.trim()) ? undefined : "Enter an email address like name@example.org.",
    hours:
      Number.isInteger(hoursNumber) && hoursNumber >= 1 && hoursNumber <= MAX_HOURS
        ? undefined
        : `Enter a whole number of hours from 1 to ${MAX_HOURS}.`,
  };
}

export function CreateInvitationForm({ groups, onCreated }: { groups: readonly GroupSummary[]; onCreated(invitation: InvitationSummary): void }) {
  const [email, setEmail] = useState("");
  const [role, setRole] = useState<Role>("member");
  const [groupIds, setGroupIds] = useState<string[]>([]);
  const [hours, setHours] = useState(String(DEFAULT_HOURS));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors = validate(email, hours);
    setFieldErrors(errors);
    if (errors.email || errors.hours) {
      setError("Check the highlighted fields.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { invitation } = await unwrap(
        api.api.invitations.$post({ json: { email: email.trim(), role, groupIds, expiresInHours: Number(hours) } }),
      );
      onCreated(invitation);
      setEmail("");
      setGroupIds([]);
      setHours(String(DEFAULT_HOURS));
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card form-card" aria-labelledby="create-invitation-heading">
      <h3 id="create-invitation-heading" tabIndex={-1}>
        Invite someone
      </h3>
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert title="The invitation was not created">{error}</Alert>}
        <div className="form__row">
          <TextField id="invite-email" label="Email address" type="email" autoComplete="off" spellCheck={false} value={email} onChange={setEmail} error={fieldErrors.email} />
          <SelectField id="invite-role" label="Role" value={role} options={ROLE_OPTIONS} onChange={(value) => isRole(value) && setRole(value)} />
        </div>
        <GroupCheckboxes
          idPrefix="invite-groups"
          legend="Groups"
          hint="Members edit the sections their groups own. Choose none for observers."
          groups={groups}
          selected={groupIds}
          onChange={setGroupIds}
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
          value={hours}
          onChange={setHours}
          error={fieldErrors.hours}
        />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Creating the link…">
            Create invitation link
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
