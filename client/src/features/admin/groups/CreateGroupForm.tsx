import { useState } from "react";
import { GroupCreateSchema, type GroupSummary } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { useT } from "../../../i18n/useLocale";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { useForm } from "../../../ui/useForm";
import { slugify } from "./slugify";

export function CreateGroupForm({ onCreated }: { onCreated(group: GroupSummary): void }) {
  const t = useT();
  // The short name follows the name until the admin types one of their own.
  const [slugEdited, setSlugEdited] = useState(false);
  const form = useForm({
    initial: { name: "", slug: "", description: "" },
    schema: GroupCreateSchema,
    messages: { name: t("admin.groups.nameMissing") },
    describeFailure: (error) => (error.code === "unreachable" ? t("common.unreachable") : error.message),
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
      <h3 id="create-group-heading">{t("admin.groups.create")}</h3>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {form.failure && <Alert title={t("admin.groups.createFailed")}>{form.failure}</Alert>}
        <div className="form__row">
          <TextField id="new-group-name" label={t("admin.column.name")} hint={t("admin.groups.nameHint")} maxLength={120} {...form.field("name")} onChange={changeName} />
          <TextField
            id="new-group-slug"
            label={t("admin.column.shortName")}
            hint={t("admin.groups.shortNameHint")}
            dir="ltr"
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
        <TextField multiline id="new-group-description" label={t("admin.descriptionOptional")} rows={3} maxLength={2000} {...form.field("description")} />
        <div className="form__actions">
          <SubmitButton busy={form.busy} busyLabel={t("admin.creating")}>
            {t("admin.groups.submit")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
