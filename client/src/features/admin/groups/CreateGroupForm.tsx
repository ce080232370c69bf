import { useState, type FormEvent } from "react";
import type { GroupSummary } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextAreaField } from "../../../ui/TextAreaField";
import { TextField } from "../../../ui/TextField";
import { isValidSlug, slugify } from "./slugify";

interface FieldErrors {
  name?: string;
  slug?: string;
}

export function CreateGroupForm({ onCreated }: { onCreated(group: GroupSummary): void }) {
  const [name, setName] = useState("");
  const [slug, setSlug] = useState("");
  const [slugEdited, setSlugEdited] = useState(false);
  const [description, setDescription] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function changeName(value: string) {
    setName(value);
    if (!slugEdited) setSlug(slugify(value));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors: FieldErrors = {
      name: name.trim() === "" ? "Enter the group's name." : undefined,
      slug: isValidSlug(slug) ? undefined : "Use 2 to 40 lowercase letters, digits and hyphens, starting with a letter or digit.",
    };
    setFieldErrors(errors);
    if (errors.name || errors.slug) {
      setError("Check the highlighted fields.");
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { group } = await unwrap(api.api.groups.$post({ json: { name: name.trim(), slug, description: description.trim() } }));
      onCreated(group);
      setName("");
      setSlug("");
      setSlugEdited(false);
      setDescription("");
    } catch (failure) {
      setError(toApiError(failure).message);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="card form-card" aria-labelledby="create-group-heading">
      <h3 id="create-group-heading">Create a group</h3>
      <form className="form" onSubmit={handleSubmit} noValidate>
        {error && <Alert title="The group was not created">{error}</Alert>}
        <div className="form__row">
          <TextField id="new-group-name" label="Name" hint="For example WG6 Youth engagement." value={name} onChange={changeName} maxLength={120} error={fieldErrors.name} />
          <TextField
            id="new-group-slug"
            label="Short name"
            hint="Lowercase letters, digits and hyphens; used in exports and links."
            value={slug}
            onChange={(value) => {
              setSlug(value);
              setSlugEdited(true);
            }}
            spellCheck={false}
            autoComplete="off"
            maxLength={40}
            error={fieldErrors.slug}
          />
        </div>
        <TextAreaField id="new-group-description" label="Description (optional)" value={description} onChange={setDescription} rows={3} maxLength={2000} />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Creating…">
            Create group
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
