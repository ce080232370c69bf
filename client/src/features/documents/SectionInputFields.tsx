import { SectionInputSchema } from "../../../../shared/api/documents";
import type { GroupSummary } from "../../../../shared/api/groups";
import { fieldErrorsOf, hasErrors, type FieldErrors, type SchemaWords } from "../../ui/formErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useT } from "../../i18n/useLocale";

/** What a person types to create a section, before validation. */
export interface SectionDraft {
  title: string;
  ownerGroup: string;
  text: string;
}

export type SectionDraftErrors = FieldErrors<SectionDraft>;

export const emptySectionDraft = (): SectionDraft => ({ title: "", ownerGroup: "", text: "" });

/** By the request schema the server applies, in this form's words. */
export function validateSectionDraft(draft: SectionDraft, words: SchemaWords): SectionDraftErrors {
  const { t } = words;
  return fieldErrorsOf<SectionDraft>(SectionInputSchema, draft, ["title", "ownerGroup", "text"], words, {
    title: t("documents.add.titleMissing"),
    ownerGroup: t("documents.add.ownerMissing"),
  }).fields;
}

export const hasSectionErrors = (errors: SectionDraftErrors): boolean => hasErrors(errors);

interface Props {
  idPrefix: string;
  value: SectionDraft;
  onChange(value: SectionDraft): void;
  groups: readonly GroupSummary[];
  errors?: SectionDraftErrors;
}

/** Title, owner group and starter text of a new section. */
export function SectionInputFields({ idPrefix, value, onChange, groups, errors = {} }: Props) {
  const t = useT();
  return (
    <>
      <div className="form__row">
        <TextField
          id={`${idPrefix}-title`}
          label={t("documents.add.title")}
          value={value.title}
          onChange={(title) => onChange({ ...value, title })}
          maxLength={200}
          error={errors.title}
        />
        <SelectField
          id={`${idPrefix}-owner`}
          label={t("documents.add.owner")}
          value={value.ownerGroup}
          onChange={(ownerGroup) => onChange({ ...value, ownerGroup })}
          placeholder={t("documents.add.ownerChoose")}
          options={groups.map((group) => ({ value: group.slug, label: group.name }))}
          error={errors.ownerGroup}
        />
      </div>
      <TextField
        multiline
        id={`${idPrefix}-text`}
        label={t("documents.add.text")}
        hint={t("documents.add.textHint")}
        value={value.text}
        onChange={(text) => onChange({ ...value, text })}
        rows={4}
      />
    </>
  );
}
