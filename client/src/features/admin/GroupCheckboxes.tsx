import type { GroupSummary } from "../../../../shared/api/groups";
import { useT } from "../../i18n/useLocale";

interface Props {
  idPrefix: string;
  legend: string;
  groups: readonly GroupSummary[];
  selected: readonly string[];
  onChange(selected: string[]): void;
  hint?: string;
}

/** Choose any number of groups, by id. */
export function GroupCheckboxes({ idPrefix, legend, groups, selected, onChange, hint }: Props) {
  const t = useT();
  function toggle(groupId: string, checked: boolean) {
    onChange(checked ? [...selected, groupId] : selected.filter((id) => id !== groupId));
  }
  return (
    <fieldset className="fieldset" aria-describedby={hint ? `${idPrefix}-hint` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${idPrefix}-hint`}>
          {hint}
        </p>
      )}
      {groups.length === 0 ? (
        <p className="muted">{t("admin.noGroupsYet")}</p>
      ) : (
        <div className="checkboxes">
          {groups.map((group) => {
            const id = `${idPrefix}-${group.id}`;
            return (
              <div className="checkbox" key={group.id}>
                <input id={id} type="checkbox" checked={selected.includes(group.id)} onChange={(event) => toggle(group.id, event.target.checked)} />
                <label htmlFor={id}>
                  <bdi>{group.name}</bdi>
                </label>
              </div>
            );
          })}
        </div>
      )}
    </fieldset>
  );
}
