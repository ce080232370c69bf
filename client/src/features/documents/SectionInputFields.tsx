import type { GroupSummary } from "../../../../shared/api/groups";
import { SelectField } from "../../ui/SelectField";
import { TextAreaField } from "../../ui/TextAreaField";
import { TextField } from "../../ui/TextField";

/** What a person types to create a section, before validation. */
export interface SectionDraft {
  title: string;
  ownerGroup: string;
  text: string;
}

export interface SectionDraftErrors {
  title?: string;
  ownerGroup?: string;
}

export const emptySectionDraft = (): SectionDraft => ({ title: "", ownerGroup: "", text: "" });

export function validateSectionDraft(draft: SectionDraft): SectionDraftErrors {
  return {
    title: draft.title.trim() === "" ? "Enter a title for the section." : undefined,
    ownerGroup: draft.ownerGroup === "" ? "Choose the working group that owns the section." : undefined,
  };
}

export const hasSectionErrors = (errors: SectionDraftErrors): boolean => Boolean(errors.title || errors.ownerGroup);

interface Props {
  idPrefix: string;
  value: SectionDraft;
  onChange(value: SectionDraft): void;
  groups: readonly GroupSummary[];
  errors?: SectionDraftErrors;
}

/** Title, owner group and starter text of a new section. */
export function SectionInputFields({ idPrefix, value, onChange, groups, errors = {} }: Props) {
  return (
    <>
      <div className="form__row">
        <TextField
          id={`${idPrefix}-title`}
          label="Section title"
          value={value.title}
          onChange={(title) => onChange({ ...value, title })}
          maxLength={200}
          error={errors.title}
        />
        <SelectField
          id={`${idPrefix}-owner`}
          label="Owner group"
          value={value.ownerGroup}
          onChange={(ownerGroup) => onChange({ ...value, ownerGroup })}
          placeholder="Choose a group"
          options={groups.map((group) => ({ value: group.slug, label: group.name }))}
          error={errors.ownerGroup}
        />
      </div>
      <TextAreaField
        id={`${idPrefix}-text`}
        label="Starter text (optional)"
        hint="Leave a blank line between paragraphs. Start a line with ## for a heading."
        value={value.text}
        onChange={(text) => onChange({ ...value, text })}
        rows={4}
      />
    </>
  );
}
