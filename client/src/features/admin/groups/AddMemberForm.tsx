import { MembershipSchema, type GroupDetail } from "../../../../../shared/api/groups";
import type { UserSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";
import { useForm } from "../../../ui/useForm";

interface Props {
  group: GroupDetail;
  users: readonly UserSummary[];
  onAdded(group: GroupDetail, message: string): void;
}

export function AddMemberForm({ group, users, onAdded }: Props) {
  const form = useForm({
    initial: { userId: "" },
    schema: MembershipSchema,
    messages: { userId: "Choose the person to add." },
    resetOnSuccess: true,
    async send(json) {
      const { group: updated } = await unwrap(api.api.groups[":id"].members.$post({ param: { id: group.id }, json }));
      const added = updated.members.find((member) => member.id === json.userId);
      onAdded(updated, `${added?.name ?? "The person"} added to ${group.name}.`);
    },
  });
  const memberIds = new Set(group.members.map((member) => member.id));
  const candidates = users
    .filter((user) => user.active && !memberIds.has(user.id))
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }));

  return (
    <section className="card form-card" aria-labelledby="add-member-heading">
      <h3 id="add-member-heading" tabIndex={-1}>
        Add a member
      </h3>
      {candidates.length === 0 ? (
        <p className="muted">Every active account is already in this group.</p>
      ) : (
        <form className="form form--inline" onSubmit={form.handleSubmit} noValidate>
          {form.failure && <Alert title="The member was not added">{form.failure}</Alert>}
          <SelectField id="add-member-user" label="Person" placeholder="Choose a person" options={candidates} {...form.field("userId")} />
          <div className="form__actions">
            <SubmitButton busy={form.busy} busyLabel="Adding…">
              Add to group
            </SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}
