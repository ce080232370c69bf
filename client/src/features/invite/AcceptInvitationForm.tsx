import { useLocation } from "wouter";
import { AcceptInvitationSchema, MIN_PASSWORD_LENGTH } from "../../../../shared/api/auth";
import { api, unwrap } from "../../api/client";
import { useSession } from "../../session/useSession";
import { Alert } from "../../ui/Alert";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";
import { INVALID_INVITATION_MESSAGE } from "./invitationMessages";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { state, signedIn } = useSession();
  const [, navigate] = useLocation();
  const form = useForm({
    initial: { name: "", password: "", confirm: "" },
    schema: AcceptInvitationSchema,
    messages: { name: "Enter your name as colleagues should see it." },
    check: (values) => ({ confirm: values.confirm !== values.password ? "The two passwords are not the same." : undefined }),
    describeFailure: (error) => (error.code === "invitation_invalid" ? INVALID_INVITATION_MESSAGE : error.message),
    async send(json) {
      const { user } = await unwrap(api.api.invitations.accept[":token"].$post({ param: { token }, json }));
      signedIn(user);
      navigate("/", { replace: true });
    },
  });

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      {state.status === "signedIn" && (
        <p className="notice">
          You are signed in as {state.user.name}. Creating this account signs you in as {email} instead.
        </p>
      )}
      {form.failure && <Alert title="Your account was not created">{form.failure}</Alert>}
      {/* Lets password managers file the new password under the invited address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField
        id="invite-name"
        label="Your name"
        hint="As colleagues will see it next to your work, for example Amina Diallo."
        autoComplete="name"
        maxLength={120}
        {...form.field("name")}
      />
      <TextField
        id="invite-password"
        label="Choose a password"
        hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong password that is easy to remember.`}
        type="password"
        autoComplete="new-password"
        {...form.field("password")}
      />
      <TextField
        id="invite-confirm"
        label="Type the password again"
        type="password"
        autoComplete="new-password"
        {...form.field("confirm")}
      />
      <div className="form__actions">
        <SubmitButton busy={form.busy} busyLabel="Creating your account…">
          Create account and sign in
        </SubmitButton>
      </div>
    </form>
  );
}
