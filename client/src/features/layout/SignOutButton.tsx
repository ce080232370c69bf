import { useState } from "react";
import { useLocation } from "wouter";
import { toApiError } from "../../api/apiError";
import { useSession } from "../../session/useSession";

export function SignOutButton() {
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function handleClick() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await signOut();
      navigate("/login", { replace: true });
    } catch (failure) {
      setError(`You are still signed in. ${toApiError(failure).message}`);
      setBusy(false);
    }
  }

  return (
    <>
      <button type="button" className="button button--on-dark" onClick={handleClick} aria-disabled={busy || undefined}>
        {busy ? "Signing out…" : "Sign out"}
      </button>
      {error && (
        <p className="site-header__error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
