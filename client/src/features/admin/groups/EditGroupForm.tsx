import { GroupDetailsSchema, type GroupDetail } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { useForm } from "../../../ui/useForm";

export function EditGroupForm({ group, onSaved }: { group: GroupDetail; onSaved(group: GroupDetail, message: string): void }) {
  const form = useForm({
    initial: { name: group.name, description: group.description },
    schema: GroupDetailsSchema,
    messages: { name: "Enter the group's name." },
    async send(json) {
      if (json.name === group.name && json.description === group.description) return;
      const { group: saved } = await unwrap(api.api.groups[":id"].$patch({ param: { id: group.id }, json }));
      onSaved({ ...group, name: saved.name, description: saved.description }, "Group details saved.");
    },
  });

  return (
    <section className="card form-card" aria-labelledby="edit-group-heading">
      <h3 id="edit-group-heading">Group details</h3>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {form.failure && <Alert title="The changes were not saved">{form.failure}</Alert>}
        <TextField id="edit-group-name" label="Name" maxLength={120} {...form.field("name")} />
        <TextField multiline id="edit-group-description" label="Description" rows={3} maxLength={2000} {...form.field("description")} />
        <p className="field__hint">The short name ({group.slug}) cannot be changed: exports and links use it.</p>
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel="Saving…" variant="secondary">
            Save details
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
