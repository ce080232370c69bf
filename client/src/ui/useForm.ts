import { useEffect, useRef, useState, type FormEvent } from "react";
import type { z } from "zod";
import { toApiError, type ApiError } from "../api/apiError";
import { useLocale, useT } from "../i18n/useLocale";
import { fieldErrorsOf, hasErrors, type FieldErrors } from "./formErrors";

interface Options<Values extends object, Schema extends z.ZodType> {
  initial: Values;
  /** The request's schema from shared/api: the rules the server applies are the rules the form checks. */
  schema: Schema;
  /** The request the schema reads, from the form's values, with the same keys (default: the values themselves). */
  toInput?(values: Values): unknown;
  /** This form's words for a field that fails (see fieldErrorsOf). */
  messages?: FieldErrors<Values>;
  /** Rules no request schema can know, such as two passwords being the same. */
  check?(values: Values): FieldErrors<Values>;
  /** Sends the parsed request; a throw becomes the form's failure, said in the server's words. */
  send(input: z.output<Schema>, values: Values): Promise<unknown>;
  /** Back to `initial` after a success (forms that stay on the page to add another). */
  resetOnSuccess?: boolean;
  /** The failure in this form's words, when the server's need a gloss ("Email or password is not right."). */
  describeFailure?(error: ApiError): string;
}

export interface Form<Values extends object> {
  values: Values;
  set<K extends keyof Values & string>(name: K, value: Values[K]): void;
  /** Value, change handler and error for a field component: `<TextField id="…" label="…" {...form.field("name")} />`. */
  field<K extends keyof Values & string>(name: K): { value: Values[K]; onChange(value: Values[K]): void; error: string | undefined };
  errors: FieldErrors<Values>;
  /** The server's answer when sending failed, or a rule that belongs to no field. */
  failure: string | null;
  busy: boolean;
  handleSubmit(event: FormEvent<HTMLFormElement>): Promise<void>;
  reset(): void;
}

/**
 * The state every form here shares: values, field errors from the shared schemas, busy while sending (repeat
 * presses ignored), the failure in words. When a field is wrong, focus moves to the first wrong field once it is
 * rendered with its message, so keyboard and screen-reader users land on what to fix.
 */
export function useForm<Values extends object, Schema extends z.ZodType>(options: Options<Values, Schema>): Form<Values> {
  const t = useT();
  const { locale } = useLocale();
  const [values, setValues] = useState(options.initial);
  const [errors, setErrors] = useState<FieldErrors<Values>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const sending = useRef(false);
  const [focusIn, setFocusIn] = useState<HTMLFormElement | null>(null);

  useEffect(() => {
    if (focusIn === null) return;
    focusIn.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    setFocusIn(null);
  }, [focusIn]);

  function set<K extends keyof Values & string>(name: K, value: Values[K]) {
    setValues((current) => ({ ...current, [name]: value }));
    setErrors((current) => (current[name] === undefined ? current : { ...current, [name]: undefined }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending.current) return;
    const form = event.currentTarget;
    const input = options.toInput ? options.toInput(values) : values;
    const fields = Object.keys(options.initial) as (keyof Values & string)[];
    const parsed = fieldErrorsOf<Values>(options.schema, input, fields, { t, locale }, options.messages);
    const found = { ...parsed.fields, ...options.check?.(values) };
    setErrors(found);
    if (hasErrors(found) || parsed.form !== null) {
      setFailure(parsed.form);
      setFocusIn(form);
      return;
    }
    sending.current = true;
    setBusy(true);
    setFailure(null);
    try {
      await options.send(options.schema.parse(input), values);
      if (options.resetOnSuccess) setValues(options.initial);
    } catch (caught) {
      const error = toApiError(caught);
      setFailure(options.describeFailure ? options.describeFailure(error) : error.message);
    } finally {
      // A no-op when sending left the page; React batches it with that unmount.
      sending.current = false;
      setBusy(false);
    }
  }

  return {
    values,
    set,
    field: (name) => ({ value: values[name], onChange: (value) => set(name, value), error: errors[name] }),
    errors,
    failure,
    busy,
    handleSubmit,
    reset: () => {
      setValues(options.initial);
      setErrors({});
      setFailure(null);
    },
  };
}
