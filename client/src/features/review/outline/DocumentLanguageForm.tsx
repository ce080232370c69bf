import { useId, useState, type FormEvent } from "react";
import { LANGUAGE_NAMES, isDocumentLanguage, type DocumentLanguage } from "../../../../../shared/languages";
import { api, unwrap } from "../../../api/client";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { StatusMessage } from "../../../ui/StatusMessage";
import { SubmitButton } from "../../../ui/SubmitButton";
import { useAction } from "../../../ui/useAction";
import { languageOptions } from "../../documents/languageOptions";

interface Props {
  documentId: string;
  /** The document's language as the live document says now. */
  language: DocumentLanguage;
}

/**
 * The document's language: the editors set `lang` and direction from it (Arabic right to left) and the exports
 * print their fixed words in it. Sections written in another language say so in their own row.
 */
export function DocumentLanguageForm({ documentId, language }: Props) {
  const id = useId();
  // Null until the person picks one: the select follows the live document's language until then.
  const [picked, setPicked] = useState<DocumentLanguage | null>(null);
  const chosen = picked ?? language;
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (chosen === language) {
      setSaved(`Nothing to save: the document is in ${LANGUAGE_NAMES[language]} already.`);
      return;
    }
    setSaved(null);
    const done = await action.run("save", () => unwrap(api.api.documents[":id"].$patch({ param: { id: documentId }, json: { language: chosen } })));
    if (!done) return;
    setSaved(`The document is now in ${LANGUAGE_NAMES[chosen]}.`);
    setPicked(null);
  }

  return (
    <form className="document-language" onSubmit={save} noValidate aria-label="Document language">
      {action.error && <Alert title="Not saved">{action.error}</Alert>}
      <SelectField
        id={`${id}-language`}
        label="Document language"
        hint="What the text is written in. Sections in another language are set below."
        value={chosen}
        onChange={(value) => isDocumentLanguage(value) && setPicked(value)}
        options={languageOptions}
      />
      <div className="document-language__save">
        <SubmitButton busy={action.busy !== null} busyLabel="Saving…" variant="secondary">
          Save<span className="visually-hidden"> document language</span>
        </SubmitButton>
      </div>
      <StatusMessage message={saved} />
    </form>
  );
}
