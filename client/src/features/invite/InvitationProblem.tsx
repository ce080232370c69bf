import type { ApiError } from "../../api/apiError";
import { useRichT, useT } from "../../i18n/useLocale";

/** Why an invitation cannot be shown, and what to do about it. */
export function InvitationProblem({ error, onRetry }: { error: ApiError; onRetry(): void }) {
  const t = useT();
  const rich = useRichT();
  const invalid = error.code === "invitation_invalid" || error.status === 404;
  const problem = invalid ? t("invite.invalid") : error.code === "unreachable" ? t("common.unreachable") : error.message;
  return (
    <div role="alert" className="state state--error">
      <p className="state__title">{invalid ? t("invite.invalidTitle") : t("invite.checkFailed")}</p>
      <p>{problem}</p>
      {invalid ? (
        <p>{rich("invite.haveAccount", { link: (words) => <a href="/login">{words}</a> })}</p>
      ) : (
        <button type="button" className="button button--primary" onClick={onRetry}>
          {t("common.tryAgain")}
        </button>
      )}
    </div>
  );
}
