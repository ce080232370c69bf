import { useId, useState, type FormEvent, type KeyboardEvent } from "react";
import type { Editor } from "@tiptap/core";
import { linkHref } from "./linkHref";
import { useT } from "../../../i18n/useLocale";

/** The same in every language: where a web address starts. */
const ADDRESS_START = "https://";

interface Props {
  id: string;
  editor: Editor;
  /** Closed: `applied` is true when the text changed (focus goes back to the text), false on cancel. */
  onClose(applied: boolean): void;
}

/** A small inline form for a link's address: no browser prompt, labelled, Escape cancels. */
export function LinkField({ id, editor, onClose }: Props) {
  const t = useT();
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
      setError(t("editor.link.invalid"));
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
    <form id={id} className="link-field" aria-label={t("editor.toolbar.link")} onSubmit={apply} onKeyDown={onKeyDown} noValidate>
      <label className="field__label" htmlFor={inputId}>
        {t("editor.link.address")}
      </label>
      <input
        id={inputId}
        className="input input--compact link-field__input"
        type="url"
        inputMode="url"
        autoComplete="url"
        placeholder={ADDRESS_START}
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
        {hasLink ? t("editor.link.update") : t("editor.link.add")}
      </button>
      {hasLink && (
        <button type="button" className="button button--secondary button--small" onClick={remove}>
          {t("editor.link.remove")}
        </button>
      )}
      <button type="button" className="button button--link" onClick={() => onClose(false)}>
        {t("common.cancel")}
      </button>
      {error && (
        <p className="field__error link-field__error" id={errorId}>
          {error}
        </p>
      )}
    </form>
  );
}
