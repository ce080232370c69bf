import { useState } from "react";
import { GroupCreateSchema, type GroupSummary } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { useForm } from "../../../ui/useForm";
import { slugify } from "./slugify";

export function CreateGroupForm({ onCreated }: { onCreated(group: GroupSummary): void }) {
  // The short name follows the name until the admin types one of their own.
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useForm({
    initial: { name: "", slug: "", description: "" },
    schema: GroupCreateSchema,
    messages: { name: "Enter the group's name." },
    resetOnSuccess: true,
    async send(json) {
      const { group } = await unwrap(api.api.groups.$post({ json }));
      setSlugEdited(false);
      onCreated(group);
    },
  });

  function changeName(value: string) {
    form.set("name", value);
    if (!slugEdited) form.set("slug", slugify(value));
  }

  return (
    <section className="card form-card" aria-labelledby="create-group-heading">
      <h3 id="create-group-heading">Create a group</h3>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {form.failure && <Alert title="The group was not created">{form.failure}</Alert>}
        <div className="form__row">
          <TextField id="new-group-name" label="Name" hint="For example WG6 Youth engagement." maxLength={120} {...form.field("name")} onChange={changeName} />
          <TextField
            id="new-group-slug"
            label="Short name"
            hint="Lowercase letters, digits and hyphens; used in exports and links."
            spellCheck={false}
            autoComplete="off"
            maxLength={40}
            {...form.field("slug")}
            onChange={(value) => {
              form.set("slug", value);
              setSlugEdited(true);
            }}
          />
        </div>
        <TextField multiline id="new-group-description" label="Description (optional)" rows={3} maxLength={2000} {...form.field("description")} />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel="Creating…">
            Create group
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
