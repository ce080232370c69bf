import { useLocation } from "wouter";
import { LoginSchema } from "../../../../shared/api/auth";
import { api, unwrap } from "../../api/client";
import type { ApiError } from "../../api/apiError";
import { useSession } from "../../session/useSession";
import { Alert } from "../../ui/Alert";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

function describeFailure(error: ApiError): string {
  if (error.code === "invalid_credentials") return "Email or password is not right.";
  // rate_limited: the server says when to try again; other errors say what happened in their own words.
  return error.message;
}

export function LoginForm({ next }: { next: string }) {
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const form = useForm({
    initial: { email: "", password: "" },
    schema: LoginSchema,
    messages: { password: "Enter your password." },
    describeFailure,
    async send(json) {
      const { user } = await unwrap(api.api.auth.login.$post({ json }));
      signedIn(user);
      navigate(next, { replace: true });
    },
  });

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate aria-busy={form.busy || undefined}>
      {form.failure && <Alert title="Sign-in failed">{form.failure}</Alert>}
      <TextField id="login-email" label="Email address" type="email" autoComplete="username" spellCheck={false} {...form.field("email")} />
      <TextField id="login-password" label="Password" type="password" autoComplete="current-password" {...form.field("password")} />
      <div className="form__actions">
        <SubmitButton busy={form.busy} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </div>
    </form>
  );
}
