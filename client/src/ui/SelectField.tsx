import type { Ref, SelectHTMLAttributes } from "react";
import { describedBy } from "./fieldProps";
import { FieldMessages } from "./FieldMessages";

export interface SelectOption {
  value: string;
  label: string;
}

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "onChange" | "value"> {
  id: string;
  ref?: Ref<HTMLSelectElement>;
  label: string;
  value: string;
  options: readonly SelectOption[];
  onChange(value: string): void;
  /** Shown first with an empty value, for "choose one" selects. */
  placeholder?: string;
  hint?: string;
  error?: string;
}

export function SelectField({ id, ref, label, value, options, onChange, placeholder, hint, error, className, ...select }: Props) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <select ref={ref}
        className="input select" value={value} onChange={(event) => onChange(event.target.value)} {...select} {...describedBy(id, hint, error)}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {/* Each choice in its own direction: a Latin version name in an Arabic page keeps its beginning in view. */}
        {options.map((option) => (
          <option key={option.value} value={option.value} dir="auto">
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}
