import { useRef, useState, type FormEvent } from "react";
import { useLocation } from "wouter";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { useSession } from "../../session/useSession";
import { Alert } from "../../ui/Alert";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { INVALID_INVITATION_MESSAGE } from "./invitationMessages";

const MIN_PASSWORD_LENGTH = 10;

interface FieldErrors {
  name?: string;
  password?: string;
  confirm?: string;
}

function validate(name: string, password: string, confirm: string): FieldErrors {
  return {
    name: name.trim() === "" ? "Enter your name as colleagues should see it." : undefined,
    password: password.length < MIN_PASSWORD_LENGTH ? `Use at least ${MIN_PASSWORD_LENGTH} characters.` : undefined,
    confirm: confirm !== password ? "The two passwords are not the same." : undefined,
  };
}

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { state, signedIn } = useSession();
  const [, navigate] = useLocation();
  const [name, setName] = useState("");
  const [password, setPassword] = useState("");
  const [confirm, setConfirm] = useState("");
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputs = {
    name: useRef<HTMLInputElement>(null),
    password: useRef<HTMLInputElement>(null),
    confirm: useRef<HTMLInputElement>(null),
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const errors = validate(name, password, confirm);
    setFieldErrors(errors);
    const firstInvalid = (["name", "password", "confirm"] as const).find((field) => errors[field]);
    if (firstInvalid) {
      inputs[firstInvalid].current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { user } = await unwrap(api.api.invitations.accept[":token"].$post({ param: { token }, json: { name: name.trim(), password } }));
      signedIn(user);
      navigate("/", { replace: true });
    } catch (failure) {
      const apiError = toApiError(failure);
      setError(apiError.code === "invitation_invalid" ? INVALID_INVITATION_MESSAGE : apiError.message);
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {state.status === "signedIn" && (
        <p className="notice">
          You are signed in as {state.user.name}. Creating this account signs you in as {email} instead.
        </p>
      )}
      {error && <Alert title="Your account was not created">{error}</Alert>}
      {/* Lets password managers file the new password under the invited address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        ref={inputs.name}
        id="invite-name"
        label="Your name"
        hint="As colleagues will see it next to your work, for example Amina Diallo."
        autoComplete="name"
        value={name}
        onChange={setName}
        maxLength={120}
        error={fieldErrors.name}
      />
      <TextField
        ref={inputs.password}
        id="invite-password"
        label="Choose a password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
        type="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={fieldErrors.password}
      />
      <TextField
        ref={inputs.confirm}
        id="invite-confirm"
        label="Type the password again"
        type="password"
        autoComplete="new-password"
        value={confirm}
        onChange={setConfirm}
        error={fieldErrors.confirm}
      />
      <div className="form__actions">
        <SubmitButton busy={busy} busyLabel="Creating your account…">
          Create account and sign in
        </SubmitButton>
      </div>
    </form>
  );
}
