import { useState, type FormEvent } from "react";
import type { GroupDetail } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextAreaField } from "../../../ui/TextAreaField";
import { TextField } from "../../../ui/TextField";

export function EditGroupForm({ group, onSaved }: { group: GroupDetail; onSaved(group: GroupDetail, message: string): void }) {
  const [name, setName] = useState(group.name);
  const [description, setDescription] = useState(group.description);
  const [nameError, setNameError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const changed = name.trim() !== group.name || description.trim() !== group.description;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (name.trim() === "") {
      setNameError("Enter the group's name.");
      return;
    }
    setNameError(undefined);
    if (!changed) return;
    setBusy(true);
    setError(null);
    try {
      const { group: saved } = await unwrap(
        api.api.groups[":id"].$patch({ param: { id: group.id }, json: { name: name.trim(), description: description.trim() } }),
      );
      onSaved({ ...group, name: saved.name, description: saved.description }, "Group details saved.");
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card form-card" aria-labelledby="edit-group-heading">
      <h3 id="edit-group-heading">Group details</h3>
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert title="The changes were not saved">{error}</Alert>}
        <TextField id="edit-group-name" label="Name" value={name} onChange={setName} maxLength={120} error={nameError} />
        <TextAreaField id="edit-group-description" label="Description" value={description} onChange={setDescription} rows={3} maxLength={2000} />
        <p className="field__hint">The short name ({group.slug}) cannot be changed: exports and links use it.</p>
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Saving…" variant="secondary">
            Save details
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
