import { useState, type FormEvent } from "react";
import type { GroupDetail } from "../../../../../shared/api/groups";
import type { UserSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";

interface Props {
  group: GroupDetail;
  users: readonly UserSummary[];
  onAdded(group: GroupDetail, message: string): void;
}

export function AddMemberForm({ group, users, onAdded }: Props) {
  const [userId, setUserId] = useState("");
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const memberIds = new Set(group.members.map((member) => member.id));
  const candidates = users
    .filter((user) => user.active && !memberIds.has(user.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (userId === "") {
      setFieldError("Choose the person to add.");
      return;
    }
    setFieldError(undefined);
    setBusy(true);
    setError(null);
    try {
      const { group: updated } = await unwrap(api.api.groups[":id"].members.$post({ param: { id: group.id }, json: { userId } }));
      const added = updated.members.find((member) => member.id === userId);
      onAdded(updated, `${added?.name ?? "The person"} added to ${group.name}.`);
      setUserId("");
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card form-card" aria-labelledby="add-member-heading">
      <h3 id="add-member-heading" tabIndex={-1}>
        Add a member
      </h3>
      {candidates.length === 0 ? (
        <p className="muted">Every active account is already in this group.</p>
      ) : (
        <form className="form form--inline" onSubmit={handleSubmit} noValidate>
          {error && <Alert title="The member was not added">{error}</Alert>}
          <SelectField id="add-member-user" label="Person" value={userId} onChange={setUserId} placeholder="Choose a person" options={candidates} error={fieldError} />
          <div className="form__actions">
            <SubmitButton busy={busy} busyLabel="Adding…">
              Add to group
            </SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}
