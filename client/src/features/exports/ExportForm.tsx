import { useRef, useState, type FormEvent } from "react";
import type { VersionView } from "../../../../shared/api/versions";
import { SelectField } from "../../ui/SelectField";
import { RadioChoices } from "./RadioChoices";
import { useVersionNames } from "../versions/versionNames";
import { EXPORT_FORMATS, exportUrl, preparingLabel, SUGGESTION_CHOICES, suggestionsShown, type ExportChoice } from "./exportFormats";
import { showsTrackedChanges } from "../../../../shared/api/exports";

const CURRENT = "";
const NO_VERSIONS = "No version is saved yet: save one on the versions page, then show the changes since it.";

interface Props {
  documentId: string;
  versions: readonly VersionView[];
  busy: boolean;
  onDownload(url: string, fallbackName: string, label: string): void;
}

/** Format, options and version of an export of the paper. */
export function ExportForm({ documentId, versions, busy, onDownload }: Props) {
  const versionOptions = useVersionNames().options;
  const [choice, setChoice] = useState<ExportChoice>({ format: "docx", toc: true, numbering: true, suggestions: "agreed", version: null, against: null });
  const [problem, setProblem] = useState<string | null>(null);
  const againstRef = useRef<HTMLSelectElement>(null);
  const redline = choice.format === "redline";
  const canTrack = !redline && showsTrackedChanges(choice.format);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (redline && !choice.against) {
      setProblem(versions.length === 0 ? NO_VERSIONS : "Choose the version to show the changes against.");
      againstRef.current?.focus();
      return;
    }
    setProblem(null);
    onDownload(exportUrl(documentId, choice), redline ? "paper-redline.docx" : `paper.${choice.format}`, preparingLabel(choice.format));
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
            : redline
              ? "Changes against a version compare agreed texts: open suggestions are not shown."
              : "A PDF always shows the agreed text; choose Word, web page or Markdown for tracked changes."
        }
        isDisabled={(value) => value === "tracked" && !canTrack}
      />
      {redline && (
        <SelectField
          id="export-against"
          ref={againstRef}
          label="Show changes since"
          hint="Usually the version made when the base text was imported, such as the officially issued paper."
          value={choice.against ?? ""}
          onChange={(value) => {
            setChoice({ ...choice, against: value || null });
            setProblem(null);
          }}
          placeholder={versions.length === 0 ? "No versions saved yet" : "Choose a version"}
          options={versionOptions(versions)}
          error={problem ?? undefined}
        />
      )}
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
