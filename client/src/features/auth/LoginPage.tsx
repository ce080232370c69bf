import { Redirect, useSearch } from "wouter";
import { useSession } from "../../session/useSession";
import { safeNextPath } from "../../session/nextPath";
import { useT } from "../../i18n/useLocale";
import { usePageTitle } from "../../ui/usePageTitle";
import { LoginForm } from "./LoginForm";
import { SoloPage } from "../layout/SoloPage";

export function LoginPage() {
  const t = useT();
  usePageTitle(t("signIn.title"));
  const { state } = useSession();
  const next = safeNextPath(useSearch());

  if (state.status === "signedIn") return <Redirect to={next} replace />;

  return (
    <SoloPage tagline={t("signIn.tagline")}>
      <h1 className="solo-page__title">{t("signIn.title")}</h1>
      <LoginForm next={next} />
    </SoloPage>
  );
}
