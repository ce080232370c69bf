import { useEffect, useRef, useState } from "react";
import type { InvitationSummary } from "../../../../../shared/api/users";
import { bdi } from "../../../i18n/tags";
import { useRichT, useT } from "../../../i18n/useLocale";

interface Props {
  invitation: InvitationSummary;
  url: string;
  onDismiss(): void;
}

/** The one-time link, shown once right after it is created, with a Copy button. Takes focus so nobody misses it. */
export function CreatedInvitationLink({ invitation, url, onDismiss }: Props) {
  const t = useT();
  const rich = useRichT();
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const [copyMessage, setCopyMessage] = useState<string | null>(null);
  const absoluteUrl = new URL(url, window.location.origin).href;

  useEffect(() => {
    heading.current?.focus();
  }, [invitation.id]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(absoluteUrl);
      setCopyMessage(t("admin.invitations.copied"));
    } catch {
      // Clipboard access can be refused (permissions, insecure context): select the text for a manual copy.
      input.current?.select();
      setCopyMessage(t("admin.invitations.copyRefused"));
    }
  }

  return (
    <section className="card created-link" aria-labelledby="created-link-heading">
      <h3 id="created-link-heading" ref={heading} tabIndex={-1}>
        {rich("admin.invitations.ready", { email: invitation.email, bdi })}
      </h3>
      <p>{rich("admin.invitations.readyBody", { b: (words) => <strong>{words}</strong> })}</p>
      <div className="copy-field">
        <label className="visually-hidden" htmlFor="created-link-url">
          {t("admin.invitations.linkFor", { email: invitation.email })}
        </label>
        <input id="created-link-url" ref={input} className="input copy-field__input" value={absoluteUrl} readOnly dir="ltr" onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--primary" onClick={copy}>
          {t("admin.invitations.copy")}
        </button>
      </div>
      <p className="status-message status-message--visible" role="status" aria-live="polite">
        {copyMessage}
      </p>
      <button type="button" className="button button--link" onClick={onDismiss}>
        {t("admin.invitations.hide")}
      </button>
    </section>
  );
}
