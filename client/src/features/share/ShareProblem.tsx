import { useT } from "../../i18n/useLocale";

/** A share link that does not open: revoked, mistyped or never made. No sign-in offered: it would not help. */
export function ShareProblem({ message }: { message: string }) {
  const t = useT();
  return (
    <div className="share-page__problem" role="alert">
      <h1 className="solo-page__title">{t("share.problem.title")}</h1>
      <p>{message}</p>
      <p className="muted">{t("share.problem.hint")}</p>
    </div>
  );
}
