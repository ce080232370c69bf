import { Redirect, useSearch } from "wouter";
import { useSession } from "../../session/useSession";
import { safeNextPath } from "../../session/nextPath";
import { usePageTitle } from "../../ui/usePageTitle";
import { LoginForm } from "./LoginForm";
import { SoloPage } from "../layout/SoloPage";

export function LoginPage() {
  usePageTitle("Sign in");
  const { state } = useSession();
  const next = safeNextPath(useSearch());

  if (state.status === "signedIn") return <Redirect to={next} replace />;

  return (
    <SoloPage tagline="Draft one joint paper together, section by section.">
      <h1 className="solo-page__title">Sign in</h1>
      <LoginForm next={next} />
    </SoloPage>
  );
}
