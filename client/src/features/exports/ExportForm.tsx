import { useState, type FormEvent } from "react";
import type { VersionView } from "../../../../shared/api/versions";
import { SelectField } from "../../ui/SelectField";
import { versionOptions } from "../versions/versionOptions";
import { EXPORT_FORMATS, exportUrl, preparingLabel, type ExportChoice } from "./exportFormats";

const CURRENT = "";

interface Props {
  documentId: string;
  versions: readonly VersionView[];
  busy: boolean;
  onDownload(url: string, fallbackName: string, label: string): void;
}

/** Format, options and version of an export of the paper. */
export function ExportForm({ documentId, versions, busy, onDownload }: Props) {
  const [choice, setChoice] = useState<ExportChoice>({ format: "docx", toc: true, numbering: true, version: null });

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
      <fieldset className="fieldset">
        <legend className="field__label">Format</legend>
        <div className="export-form__choices">
          {EXPORT_FORMATS.map((format) => (
            <div className="checkbox" key={format.value}>
              <input
                id={`export-format-${format.value}`}
                type="radio"
                name="export-format"
                value={format.value}
                checked={choice.format === format.value}
                onChange={() => setChoice({ ...choice, format: format.value })}
              />
              <label htmlFor={`export-format-${format.value}`}>{format.label}</label>
            </div>
          ))}
        </div>
      </fieldset>
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
