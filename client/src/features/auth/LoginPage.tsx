import { Redirect, useSearch } from "wouter";
import { useSession } from "../../session/useSession";
import { safeNextPath } from "../../session/nextPath";
import { usePageTitle } from "../../ui/usePageTitle";
import { Wordmark } from "../../ui/Wordmark";
import { LoginForm } from "./LoginForm";

export function LoginPage() {
  usePageTitle("Sign in");
  const { state } = useSession();
  const next = safeNextPath(useSearch());

  if (state.status === "signedIn") return <Redirect to={next} replace />;

  return (
    <div className="solo-page">
      <main id="main" className="solo-page__card card">
        <div className="solo-page__brand">
          <Wordmark size="large" />
          <p className="solo-page__tagline">Draft one joint paper together, section by section.</p>
        </div>
        <h1 className="solo-page__title">Sign in</h1>
        <LoginForm next={next} />
      </main>
    </div>
  );
}
