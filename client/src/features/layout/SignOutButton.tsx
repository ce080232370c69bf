import { useLocation } from "wouter";
import { useSession } from "../../session/useSession";
import { useT } from "../../i18n/useLocale";
import { useAction } from "../../ui/useAction";

export function SignOutButton() {
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const { busy, error, run } = useAction();
  const t = useT();

  function handleClick() {
    void run("sign-out", async () => {
      await signOut();
      navigate("/login", { replace: true });
    });
  }

  return (
    <>
      <button type="button" className="button button--on-dark" onClick={handleClick} aria-disabled={busy !== null || undefined}>
        {busy ? t("chrome.signingOut") : t("chrome.signOut")}
      </button>
      {error && (
        <p className="site-header__error" role="alert">
          {t("chrome.stillSignedIn", { reason: error })}
        </p>
      )}
    </>
  );
}
