import type { ReactNode } from "react";
import { MembershipSchema, type GroupDetail } from "../../../../../shared/api/groups";
import type { UserSummary } from "../../../../../shared/api/users";
import { api, unwrap } from "../../../api/client";
import { bdi } from "../../../i18n/tags";
import { useLocale, useRichT, useT } from "../../../i18n/useLocale";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { SubmitButton } from "../../../ui/SubmitButton";
import { useForm } from "../../../ui/useForm";

interface Props {
  group: GroupDetail;
  users: readonly UserSummary[];
  onAdded(group: GroupDetail, message: ReactNode): void;
}

export function AddMemberForm({ group, users, onAdded }: Props) {
  const t = useT();
  const rich = useRichT();
  const { locale } = useLocale();
  const form = useForm({
    initial: { userId: "" },
    schema: MembershipSchema,
    messages: { userId: t("admin.groups.personMissing") },
    resetOnSuccess: true,
    describeFailure: (error) => (error.code === "unreachable" ? t("common.unreachable") : error.message),
    async send(json) {
      const { group: updated } = await unwrap(api.api.groups[":id"].members.$post({ param: { id: group.id }, json }));
      const added = updated.members.find((member) => member.id === json.userId);
      const message = added
        ? rich("admin.groups.added", { name: added.name, group: group.name, bdi })
        : rich("admin.groups.addedSomeone", { group: group.name, bdi });
      onAdded(updated, message);
    },
  });
  const memberIds = new Set(group.members.map((member) => member.id));
  const candidates = users
    .filter((user) => user.active && !memberIds.has(user.id))
    .sort((a, b) => a.name.localeCompare(b.name, locale))
    .map((user) => ({ value: user.id, label: `${user.name} (${user.email})` }));

  return (
    <section className="card form-card" aria-labelledby="add-member-heading">
      <h3 id="add-member-heading" tabIndex={-1}>
        {t("admin.groups.addMember")}
      </h3>
      {candidates.length === 0 ? (
        <p className="muted">{t("admin.groups.everyoneIn")}</p>
      ) : (
        <form className="form form--inline" onSubmit={form.handleSubmit} noValidate>
          {form.failure && <Alert title={t("admin.groups.addFailed")}>{form.failure}</Alert>}
          <SelectField id="add-member-user" label={t("admin.groups.person")} placeholder={t("admin.groups.choosePerson")} options={candidates} {...form.field("userId")} />
          <div className="form__actions">
            <SubmitButton busy={form.busy} busyLabel={t("admin.groups.adding")}>
              {t("admin.groups.addSubmit")}
            </SubmitButton>
          </div>
        </form>
      )}
    </section>
  );
}
