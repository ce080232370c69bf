import type { GroupSummary } from "../../../../../shared/api/groups";
import { useT } from "../../../i18n/useLocale";
import { SectionInputFields, type SectionDraft, type SectionDraftErrors } from "../../documents/SectionInputFields";

interface Props {
  rowKey: number;
  number: number;
  draft: SectionDraft;
  groups: readonly GroupSummary[];
  errors?: SectionDraftErrors;
  onChange(draft: SectionDraft): void;
  onRemove(): void;
}

/** One section of the new document: a fieldset named "Section n", with its own remove button. */
export function SectionRowEditor({ rowKey, number, draft, groups, errors, onChange, onRemove }: Props) {
  const t = useT();
  return (
    <fieldset className="fieldset section-row">
      <legend className="section-row__legend">{t("admin.documents.section", { number })}</legend>
      <SectionInputFields idPrefix={`doc-section-${rowKey}`} value={draft} onChange={onChange} groups={groups} errors={errors} />
      <div className="section-row__actions">
        <button type="button" className="button button--danger button--small" onClick={onRemove}>
          {t("admin.documents.removeSection", { number })}
        </button>
      </div>
    </fieldset>
  );
}
