import type { InputHTMLAttributes, Ref, TextareaHTMLAttributes } from "react";
import { describedBy } from "./fieldProps";
import { FieldMessages } from "./FieldMessages";

interface Common {
  id: string;
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  error?: string;
  className?: string;
}

type Shadowed = "id" | "onChange" | "value" | "className";
type SingleLine = Common & Omit<InputHTMLAttributes<HTMLInputElement>, Shadowed> & { multiline?: false; ref?: Ref<HTMLInputElement> };
type MultiLine = Common & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, Shadowed> & { multiline: true; ref?: Ref<HTMLTextAreaElement> };

/** A labelled text field with its hint and error: one line, or several with `multiline`. */
export function TextField(props: SingleLine | MultiLine) {
  const { id, label, hint, error, className } = props;
  return (
    <div className={className ? `field ${className}` : "field"}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {props.multiline ? <MultiLineControl {...props} /> : <SingleLineControl {...props} />}
    </div>
  );
}

function SingleLineControl({ id, label: _label, value, onChange, hint, error, className: _className, multiline: _multiline, ...input }: SingleLine) {
  return <input className="input" value={value} onChange={(event) => onChange(event.target.value)} {...input} {...describedBy(id, hint, error)} />;
}

function MultiLineControl({ id, label: _label, value, onChange, hint, error, className: _className, multiline: _multiline, ...textarea }: MultiLine) {
  return (
    <textarea className="input input--multiline" value={value} onChange={(event) => onChange(event.target.value)} {...textarea} {...describedBy(id, hint, error)} />
  );
}
