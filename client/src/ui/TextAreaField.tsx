import type { Ref, TextareaHTMLAttributes } from "react";
import { describedBy } from "./fieldProps";
import { FieldMessages } from "./FieldMessages";

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "onChange" | "value"> {
  id: string;
  ref?: Ref<HTMLTextAreaElement>;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
}

export function TextAreaField({ id, ref, label, value, onChange, hint, error, className, ...textarea }: Props) {
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        ref={ref}
        className="input input--multiline"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        {...textarea}
        {...describedBy(id, hint, error)}
      />
    </div>
  );
}
