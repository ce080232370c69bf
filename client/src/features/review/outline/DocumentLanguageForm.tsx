import { useId, useState, type FormEvent } from "react";
import { isDocumentLanguage, type DocumentLanguage } from "../../../../../shared/languages";
import { api, unwrap } from "../../../api/client";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { StatusMessage } from "../../../ui/StatusMessage";
import { SubmitButton } from "../../../ui/SubmitButton";
import { useAction } from "../../../ui/useAction";
import { languageOptions } from "../../documents/languageOptions";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { hidden } from "../../../i18n/tags";

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
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const id = useId();
  // Null until the person picks one: the select follows the live document's language until then.
  const [picked, setPicked] = useState<DocumentLanguage | null>(null);
  const chosen = picked ?? language;
  const [saved, setSaved] = useState<string | null>(null);
  const action = useAction();

  async function save(event: FormEvent) {
    event.preventDefault();
    if (chosen === language) {
      setSaved(t("review.language.unchanged", { language: formats.languageName(language) }));
      return;
    }
    setSaved(null);
    const done = await action.run("save", () => unwrap(api.api.documents[":id"].$patch({ param: { id: documentId }, json: { language: chosen } })));
    if (!done) return;
    setSaved(t("review.language.saved", { language: formats.languageName(chosen) }));
    setPicked(null);
  }

  return (
    <form className="document-language" onSubmit={save} noValidate aria-label={t("review.language.label")}>
      {action.error && <Alert title={t("review.outline.notSaved")}>{action.error}</Alert>}
      <SelectField
        id={`${id}-language`}
        label={t("review.language.label")}
        hint={t("review.language.hint")}
        value={chosen}
        onChange={(value) => isDocumentLanguage(value) && setPicked(value)}
        options={languageOptions}
      />
      <div className="document-language__save">
        <SubmitButton busy={action.busy !== null} busyLabel={t("review.comment.saving")} variant="secondary">
          {rich("review.language.save", { hidden })}
        </SubmitButton>
      </div>
      <StatusMessage message={saved} />
    </form>
  );
}
