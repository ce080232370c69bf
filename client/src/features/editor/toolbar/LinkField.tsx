import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import type { Editor } from "@tiptap/core";
import { linkHref } from "./linkHref";

interface Props {
  id: string;
  editor: Editor;
  /** Closed: `applied` is true when the text changed (focus goes back to the text), false on cancel. */
  onClose(applied: boolean): void;
}

/** A small inline form for a link's address: no browser prompt, labelled, Escape cancels. */
export function LinkField({ id, editor, onClose }: Props) {
  const current = editor.getAttributes("link").href;
  const [value, setValue] = useState(typeof current === "string" ? current : "");
  const [error, setError] = useState<string | null>(null);
  const inputId = useId();
  const errorId = useId();
  const hasLink = editor.isActive("link");

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const href = linkHref(value);
    if (!href) {
      setError("Enter a web address (like https://intgovforum.org) or an email address.");
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !hasLink) {
      chain.insertContent({ type: "text", text: value.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    } else {
      chain.extendMarkRange("link").setLink({ href }).run();
    }
    onClose(true);
  };

  const remove = () => {
    editor.chain().focus().extendMarkRange("link").unsetLink().run();
    onClose(true);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "Escape") return;
    event.preventDefault();
    onClose(false);
  };

  return (
    <form id={id} className="link-field" aria-label="Link" onSubmit={apply} onKeyDown={onKeyDown} noValidate>
      <label className="field__label" htmlFor={inputId}>
        Link address
      </label>
      <input
        id={inputId}
        className="input input--compact link-field__input"
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder="https://"
        value={value}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        autoFocus
      />
      <button type="submit" className="button button--primary button--small">
        {hasLink ? "Update link" : "Add link"}
      </button>
      {hasLink && (
        <button type="button" className="button button--secondary button--small" onClick={remove}>
          Remove link
        </button>
      )}
      <button type="button" className="button button--link" onClick={() => onClose(false)}>
        Cancel
      </button>
      {error && (
        <p className="field__error link-field__error" id={errorId}>
          {error}
        </p>
      )}
    </form>
  );
}
