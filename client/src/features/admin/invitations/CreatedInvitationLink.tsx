import { useEffect, useRef, useState } from "react";
import type { InvitationSummary } from "../../../../../shared/api/users";

interface Props {
  invitation: InvitationSummary;
  url: string;
  onDismiss(): void;
}

/** The one-time link, shown once right after it is created, with a Copy button. Takes focus so nobody misses it. */
export function CreatedInvitationLink({ invitation, url, onDismiss }: Props) {
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
      setCopyMessage("Link copied. Paste it into your message to them.");
    } catch {
      // Clipboard access can be refused (permissions, insecure context): select the text for a manual copy.
      input.current?.select();
      setCopyMessage("Your browser did not allow copying. The link is selected: press Ctrl+C (or ⌘C) to copy it.");
    }
  }

  return (
    <section className="card created-link" aria-labelledby="created-link-heading">
      <h3 id="created-link-heading" ref={heading} tabIndex={-1}>
        Invitation ready for {invitation.email}
      </h3>
      <p>
        Copy this link and send it to them. <strong>It is shown only this once</strong>; if it is lost, revoke the
        invitation and create a new one.
      </p>
      <div className="copy-field">
        <label className="visually-hidden" htmlFor="created-link-url">
          Invitation link for {invitation.email}
        </label>
        <input id="created-link-url" ref={input} className="input copy-field__input" value={absoluteUrl} readOnly onFocus={(event) => event.target.select()} />
        <button type="button" className="button button--primary" onClick={copy}>
          Copy link
        </button>
      </div>
      <p className="status-message status-message--visible" role="status" aria-live="polite">
        {copyMessage}
      </p>
      <button type="button" className="button button--link" onClick={onDismiss}>
        I have sent the link, hide it
      </button>
    </section>
  );
}
