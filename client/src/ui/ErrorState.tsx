import { Link } from "wouter";
import type { ApiError } from "../api/apiError";
import { loginPathFor } from "../session/nextPath";
import { useT } from "../i18n/useLocale";

interface Props {
  /** What failed, in the user's words: "We couldn't load the documents." */
  title: string;
  error: ApiError;
  onRetry?: () => void;
  /** When the error takes the place of a whole page (or panel), its title is that page's heading. */
  headingLevel?: 1 | 2;
}

/** A failed load, with what to do next. */
export function ErrorState({ title, error, onRetry, headingLevel }: Props) {
  const t = useT();
  const Title = headingLevel === 1 ? "h1" : headingLevel === 2 ? "h2" : "p";
  return (
    <div className="state state--error card" role="alert">
      <Title className="state__title">{title}</Title>
      <p>{error.code === "unreachable" ? t("common.unreachable") : error.message}</p>
      <p className="state__actions">
        {error.status === 401 ? (
          <a className="button button--primary" href={loginPathFor(window.location.pathname)}>
            {t("common.signInAgain")}
          </a>
        ) : error.status === 403 || error.status === 404 ? (
          <Link className="button button--secondary" href="~/">
            {t("common.backToDocuments")}
          </Link>
        ) : (
          onRetry && (
            <button type="button" className="button button--primary" onClick={onRetry}>
              {t("common.tryAgain")}
            </button>
          )
        )}
      </p>
    </div>
  );
}
