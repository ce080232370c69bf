import { useT } from "../i18n/useLocale";

/** A calm placeholder while something loads; announced politely, marked busy for assistive technology. */
export function LoadingState({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="state state--loading" role="status" aria-live="polite" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span>{label ?? t("common.loading")}</span>
    </div>
  );
}
