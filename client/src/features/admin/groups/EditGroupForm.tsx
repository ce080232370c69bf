import type { ReactNode } from "react";
import { GroupDetailsSchema, type GroupDetail } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { useT } from "../../../i18n/useLocale";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { useForm } from "../../../ui/useForm";

export function EditGroupForm({ group, onSaved }: { group: GroupDetail; onSaved(group: GroupDetail, message: ReactNode): void }) {
  const t = useT();
  const form = useForm({
    initial: { name: group.name, description: group.description },
    schema: GroupDetailsSchema,
    messages: { name: t("admin.groups.nameMissing") },
    describeFailure: (error) => (error.code === "unreachable" ? t("common.unreachable") : error.message),
    async send(json) {
      if (json.name === group.name && json.description === group.description) return;
      const { group: saved } = await unwrap(api.api.groups[":id"].$patch({ param: { id: group.id }, json }));
      onSaved({ ...group, name: saved.name, description: saved.description }, t("admin.groups.saved"));
    },
  });

  return (
    <section className="card form-card" aria-labelledby="edit-group-heading">
      <h3 id="edit-group-heading">{t("admin.groups.details")}</h3>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {form.failure && <Alert title={t("admin.groups.saveFailed")}>{form.failure}</Alert>}
        <TextField id="edit-group-name" label={t("admin.column.name")} maxLength={120} {...form.field("name")} />
        <TextField multiline id="edit-group-description" label={t("admin.column.description")} rows={3} maxLength={2000} {...form.field("description")} />
        <p className="field__hint">{t("admin.groups.slugFixed", { slug: group.slug })}</p>
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel={t("admin.groups.saving")} variant="secondary">
            {t("admin.groups.saveDetails")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
