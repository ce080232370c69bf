import { useState, type FormEvent } from "react";
import type { VersionView } from "../../../../shared/api/versions";
import { SelectField } from "../../ui/SelectField";
import { RadioChoices } from "./RadioChoices";
import { versionOptions } from "../versions/versionOptions";
import { EXPORT_FORMATS, exportUrl, preparingLabel, SUGGESTION_CHOICES, suggestionsShown, type ExportChoice } from "./exportFormats";
import { showsTrackedChanges } from "../../../../shared/api/exports";

const CURRENT = "";

interface Props {
  documentId: string;
  versions: readonly VersionView[];
  busy: boolean;
  onDownload(url: string, fallbackName: string, label: string): void;
}

/** Format, options and version of an export of the paper. */
export function ExportForm({ documentId, versions, busy, onDownload }: Props) {
  const [choice, setChoice] = useState<ExportChoice>({ format: "docx", toc: true, numbering: true, suggestions: "agreed", version: null });
  const canTrack = showsTrackedChanges(choice.format);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    onDownload(exportUrl(documentId, choice), `paper.${choice.format}`, preparingLabel(choice.format));
  }

  return (
    <form className="export-form" onSubmit={handleSubmit} aria-labelledby="export-paper-heading">
      <h3 id="export-paper-heading" className="export__heading">
        The paper
      </h3>
      <RadioChoices name="export-format" legend="Format" options={EXPORT_FORMATS} value={choice.format} onChange={(format) => setChoice({ ...choice, format })} />
      <fieldset className="fieldset">
        <legend className="field__label">Include</legend>
        <div className="export-form__choices">
          <div className="checkbox">
            <input id="export-toc" type="checkbox" checked={choice.toc} onChange={(event) => setChoice({ ...choice, toc: event.target.checked })} />
            <label htmlFor="export-toc">Table of contents</label>
          </div>
          <div className="checkbox">
            <input id="export-numbering" type="checkbox" checked={choice.numbering} onChange={(event) => setChoice({ ...choice, numbering: event.target.checked })} />
            <label htmlFor="export-numbering">Paragraph numbers</label>
          </div>
        </div>
      </fieldset>
      <RadioChoices
        name="export-suggestions"
        legend="Suggestions"
        options={SUGGESTION_CHOICES}
        value={suggestionsShown(choice)}
        onChange={(suggestions) => setChoice({ ...choice, suggestions })}
        hint={
          canTrack
            ? "Tracked changes name who suggested each change; a final submission is always the agreed text."
            : "A PDF always shows the agreed text; choose Word, web page or Markdown for tracked changes."
        }
        isDisabled={(value) => value === "tracked" && !canTrack}
      />
      <SelectField
        id="export-version"
        label="Text"
        value={choice.version ?? CURRENT}
        onChange={(value) => setChoice({ ...choice, version: value === CURRENT ? null : value })}
        options={[{ value: CURRENT, label: "As it is now" }, ...versionOptions(versions)]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          Download
        </button>
      </div>
    </form>
  );
}
