import { useId, useState, type FormEvent } from "react";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SubmitButton } from "../../../ui/SubmitButton";
import { mentionsIn, type Mentionable } from "../../../review/mentionQuery";
import { MentionTextarea } from "../mentions/MentionTextarea";
import { useT } from "../../../i18n/useLocale";

export interface CommentInput {
  body: string;
  mentions: { userIds: string[]; groupIds: string[] };
}

interface Props {
  label: string;
  submitLabel: string;
  busyLabel: string;
  initialBody?: string;
  initialMentions?: readonly Mentionable[];
  onSubmit(input: CommentInput): Promise<void>;
  onCancel?(): void;
  autoFocus?: boolean;
  /** After a successful send the field empties for the next comment (replies), or the form goes (edits). */
  resetAfterSubmit?: boolean;
  rows?: number;
}

/** Write a comment: the text, with @mentions, sent with Ctrl+Enter or the button. */
export function CommentForm({ label, submitLabel, busyLabel, initialBody = "", initialMentions = [], onSubmit, onCancel, autoFocus, resetAfterSubmit, rows }: Props) {
  const t = useT();
  const id = useId();
  const [body, setBody] = useState(initialBody);
  const [chosen, setChosen] = useState<Mentionable[]>([...initialMentions]);
  const [error, setError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send() {
    if (busy) return;
    if (body.trim() === "") {
      setError(t("review.comment.empty"));
      return;
    }
    setBusy(true);
    setFailure(null);
    try {
      await onSubmit({ body: body.trim(), mentions: mentionsIn(body, chosen) });
      if (resetAfterSubmit) {
        setBody("");
        setChosen([]);
      }
    } catch (caught) {
      setFailure(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void send();
  };

  return (
    <form className="comment-form" onSubmit={submit} noValidate>
      {failure && <Alert title={t("review.comment.notSent")}>{failure}</Alert>}
      <MentionTextarea
        id={id}
        label={label}
        value={body}
        onChange={(value) => {
          setBody(value);
          setError(undefined);
        }}
        chosen={chosen}
        onChosenChange={setChosen}
        error={error}
        autoFocus={autoFocus}
        rows={rows}
        onSubmitShortcut={() => void send()}
        onEscape={onCancel}
      />
      <div className="comment-form__actions">
        <SubmitButton busy={busy} busyLabel={busyLabel}>
          {submitLabel}
        </SubmitButton>
        {onCancel && (
          <button type="button" className="button button--secondary button--small" onClick={onCancel}>
            {t("common.cancel")}
          </button>
        )}
      </div>
    </form>
  );
}
