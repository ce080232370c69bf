import { useLocation } from "wouter";
import { useSession } from "../../session/useSession";
import { useAction } from "../../ui/useAction";

export function SignOutButton() {
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const { busy, error, run } = useAction();

  function handleClick() {
    void run("sign-out", async () => {
      await signOut();
      navigate("/login", { replace: true });
    });
  }

  return (
    <>
      <button type="button" className="button button--on-dark" onClick={handleClick} aria-disabled={busy !== null || undefined}>
        {busy ? "Signing out…" : "Sign out"}
      </button>
      {error && (
        <p className="site-header__error" role="alert">
          You are still signed in. {error}
        </p>
      )}
    </>
  );
}
