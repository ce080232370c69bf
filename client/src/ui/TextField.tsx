import type { Ref, InputHTMLAttributes } from "react";
import { describedBy } from "./fieldProps";
import { FieldMessages } from "./FieldMessages";

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "onChange" | "value"> {
  id: string;
  ref?: Ref<HTMLInputElement>;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
}

export function TextField({ id, ref, label, value, onChange, hint, error, className, ...input }: Props) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <input
        ref={ref}
        className="input"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...input}
        {...describedBy(id, hint, error)}
      />
    </div>
  );
}
