import { useLocation } from "wouter";
import { LoginSchema } from "../../../../shared/api/auth";
import { api, unwrap } from "../../api/client";
import { useSession } from "../../session/useSession";
import { useT } from "../../i18n/useLocale";
import { Alert } from "../../ui/Alert";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

export function LoginForm({ next }: { next: string }) {
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const t = useT();
  const form = useForm({
    initial: { email: "", password: "" },
    schema: LoginSchema,
    messages: { email: t("signIn.emailInvalid"), password: t("signIn.passwordMissing") },
    describeFailure(error) {
      if (error.code === "invalid_credentials") return t("signIn.wrongCredentials");
      if (error.code === "unreachable") return t("common.unreachable");
      // rate_limited: the server says when to try again; other errors say what happened in their own words.
      return error.message;
    },
    async send(json) {
      const { user } = await unwrap(api.api.auth.login.$post({ json }));
      signedIn(user);
      navigate(next, { replace: true });
    },
  });

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy || undefined}>
      {form.failure && <Alert title={t("signIn.failed")}>{form.failure}</Alert>}
      <TextField id="login-email" label={t("signIn.email")} type="email" autoComplete="username" spellCheck={false} dir="ltr" {...form.field("email")} />
      <TextField id="login-password" label={t("signIn.password")} type="password" autoComplete="current-password" dir="ltr" {...form.field("password")} />
      <div className="form__actions">
        <SubmitButton busy={form.busy} busyLabel={t("signIn.busy")}>
          {t("signIn.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
