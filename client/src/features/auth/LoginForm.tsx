import { useRef, useState, type FormEvent } from "react";
import { useLocation } from "wouter";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { useSession } from "../../session/useSession";
import { Alert } from "../../ui/Alert";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";

interface FieldErrors {
  email?: string;
  password?: string;
}

function messageFor(code: string, serverMessage: string): string {
  if (code === "invalid_credentials") return "Email or password is not right.";
  // rate_limited: the server says when to try again; other errors say what happened in their own words.
  return serverMessage;
}

export function LoginForm({ next }: { next: string }) {
  const { signedIn } = useSession();
  const [, navigate] = useLocation();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const emailInput = useRef<HTMLInputElement>(null);
  const passwordInput = useRef<HTMLInputElement>(null);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors: FieldErrors = {
      email: email.trim() === "" ? "Enter your email address." : undefined,
      password: password === "" ? "Enter your password." : undefined,
    };
    setFieldErrors(errors);
    if (errors.email || errors.password) {
      (errors.email ? emailInput : passwordInput).current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { user } = await unwrap(api.api.auth.login.$post({ json: { email: email.trim(), password } }));
      signedIn(user);
      navigate(next, { replace: true });
    } catch (failure) {
      const apiError = toApiError(failure);
      setError(messageFor(apiError.code, apiError.message));
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-busy={busy || undefined}>
      {error && <Alert title="Sign-in failed">{error}</Alert>}
      <TextField
        ref={emailInput}
        id="login-email"
        label="Email address"
        type="email"
        autoComplete="username"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
      />
      <TextField
        ref={passwordInput}
        id="login-password"
        label="Password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
      />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Signing in…">
          Sign in
        </SubmitButton>
      </div>
    </form>
  );
}
