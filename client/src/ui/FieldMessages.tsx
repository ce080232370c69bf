import { useT } from "../i18n/useLocale";

/** Hint and error text under a label; the control points at them with aria-describedby. */
export function FieldMessages({ id, hint, error }: { id: string; hint?: string; error?: string }) {
  const t = useT();
  return (
    <>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t("common.fieldError")} </span>
          {error}
        </p>
      )}
    </>
  );
}
