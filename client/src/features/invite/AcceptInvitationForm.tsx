import { useLocation } from "wouter";
import { AcceptInvitationSchema, MIN_PASSWORD_LENGTH } from "../../../../shared/api/auth";
import { api, unwrap } from "../../api/client";
import { bdi } from "../../i18n/tags";
import { useRichT, useT } from "../../i18n/useLocale";
import { useSession } from "../../session/useSession";
import { Alert } from "../../ui/Alert";
import { SubmitButton } from "../../ui/SubmitButton";
import { TextField } from "../../ui/TextField";
import { useForm } from "../../ui/useForm";

export function AcceptInvitationForm({ token, email }: { token: string; email: string }) {
  const { state, signedIn } = useSession();
  const [, navigate] = useLocation();
  const t = useT();
  const rich = useRichT();
  const form = useForm({
    initial: { name: "", password: "", confirm: "" },
    schema: AcceptInvitationSchema,
    messages: { name: t("invite.nameMissing") },
    check: (values) => ({ confirm: values.confirm !== values.password ? t("invite.passwordsDiffer") : undefined }),
    describeFailure(error) {
      if (error.code === "invitation_invalid") return t("invite.invalid");
      if (error.code === "unreachable") return t("common.unreachable");
      return error.message;
    },
    async send(json) {
      const { user } = await unwrap(api.api.invitations.accept[":token"].$post({ param: { token }, json }));
      signedIn(user);
      navigate("/", { replace: true });
    },
  });

  return (
    <form className="form" onSubmit={form.handleSubmit} noValidate>
      {state.status === "signedIn" && <p className="notice">{rich("invite.signedInAs", { name: state.user.name, email, bdi })}</p>}
      {form.failure && <Alert title={t("invite.createFailed")}>{form.failure}</Alert>}
      {/* Lets password managers file the new password under the invited address. */}
      <input type="email" name="username" autoComplete="username" value={email} readOnly hidden />
      <TextField id="invite-name" label={t("invite.name")} hint={t("invite.nameHint")} autoComplete="name" maxLength={120} {...form.field("name")} />
      <TextField
        id="invite-password"
        label={t("invite.password")}
        hint={t("invite.passwordHint", { count: MIN_PASSWORD_LENGTH })}
        type="password"
        autoComplete="new-password"
        dir="ltr"
        {...form.field("password")}
      />
      <TextField id="invite-confirm" label={t("invite.confirm")} type="password" autoComplete="new-password" dir="ltr" {...form.field("confirm")} />
      <div className="form__actions">
        <SubmitButton busy={form.busy} busyLabel={t("invite.creating")}>
          {t("invite.submit")}
        </SubmitButton>
      </div>
    </form>
  );
}
