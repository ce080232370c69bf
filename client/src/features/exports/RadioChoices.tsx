interface Props<T extends string> {
  /** Prefix of the inputs' ids, and their group's name. */
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T;
  onChange(value: T): void;
  /** Said under the legend; the group points at it with aria-describedby. */
  hint?: string;
  isDisabled?(value: T): boolean;
}

/** One choice of a few, as radio buttons in a fieldset whose legend names the choice. */
export function RadioChoices<T extends string>({ name, legend, options, value, onChange, hint, isDisabled }: Props<T>) {
  return (
    <fieldset className="fieldset" aria-describedby={hint ? `${name}-hint` : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint && (
        <p className="field__hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      <div className="export-form__choices">
        {options.map((option) => (
          <div className="checkbox" key={option.value}>
            <input
              id={`${name}-${option.value}`}
              type="radio"
              name={name}
              value={option.value}
              checked={value === option.value}
              disabled={isDisabled?.(option.value)}
              onChange={() => onChange(option.value)}
            />
            <label htmlFor={`${name}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
