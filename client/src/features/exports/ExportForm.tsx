import { useRef, useState, type FormEvent } from "react";
import type { VersionView } from "../../../../shared/api/versions";
import { SelectField } from "../../ui/SelectField";
import { RadioChoices } from "./RadioChoices";
import { useVersionNames } from "../versions/versionNames";
import { EXPORT_FORMATS, exportUrl, preparingLabel, SUGGESTION_CHOICES, suggestionsShown, type ExportChoice } from "./exportFormats";
import { showsTrackedChanges } from "../../../../shared/api/exports";
import { useT } from "../../i18n/useLocale";

const CURRENT = "";

interface Props {
  documentId: string;
  versions: readonly VersionView[];
  busy: boolean;
  onDownload(url: string, fallbackName: string, label: string): void;
}

/** Format, options and version of an export of the paper. */
export function ExportForm({ documentId, versions, busy, onDownload }: Props) {
  const t = useT();
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
      setProblem(t(versions.length === 0 ? "exports.against.noVersions" : "exports.against.missing"));
      againstRef.current?.focus();
      return;
    }
    setProblem(null);
    onDownload(exportUrl(documentId, choice), redline ? "paper-redline.docx" : `paper.${choice.format}`, preparingLabel(choice.format, t));
  }

  return (
    <form className="export-form" onSubmit={handleSubmit} aria-labelledby="export-paper-heading">
      <h3 id="export-paper-heading" className="export__heading">
        {t("exports.paper.heading")}
      </h3>
      <RadioChoices name="export-format" legend={t("exports.format.legend")} options={EXPORT_FORMATS.map((f) => ({ value: f.value, label: t(f.label) }))} value={choice.format} onChange={(format) => setChoice({ ...choice, format })} />
      <fieldset className="fieldset">
        <legend className="field__label">{t("exports.include.legend")}</legend>
        <div className="export-form__choices">
          <div className="checkbox">
            <input id="export-toc" type="checkbox" checked={choice.toc} onChange={(event) => setChoice({ ...choice, toc: event.target.checked })} />
            <label htmlFor="export-toc">{t("exports.include.toc")}</label>
          </div>
          <div className="checkbox">
            <input id="export-numbering" type="checkbox" checked={choice.numbering} onChange={(event) => setChoice({ ...choice, numbering: event.target.checked })} />
            <label htmlFor="export-numbering">{t("exports.include.numbering")}</label>
          </div>
        </div>
      </fieldset>
      <RadioChoices
        name="export-suggestions"
        legend={t("exports.suggestions.legend")}
        options={SUGGESTION_CHOICES.map((c) => ({ value: c.value, label: t(c.label) }))}
        value={suggestionsShown(choice)}
        onChange={(suggestions) => setChoice({ ...choice, suggestions })}
        hint={
          canTrack
            ? t("exports.suggestions.hintTracked")
            : redline
              ? t("exports.suggestions.hintRedline")
              : t("exports.suggestions.hintPdf")
        }
        isDisabled={(value) => value === "tracked" && !canTrack}
      />
      {redline && (
        <SelectField
          id="export-against"
          ref={againstRef}
          label={t("exports.against.label")}
          hint={t("exports.against.hint")}
          value={choice.against ?? ""}
          onChange={(value) => {
            setChoice({ ...choice, against: value || null });
            setProblem(null);
          }}
          placeholder={t(versions.length === 0 ? "exports.against.none" : "exports.against.choose")}
          options={versionOptions(versions)}
          error={problem ?? undefined}
        />
      )}
      <SelectField
        id="export-version"
        label={t("exports.version.label")}
        value={choice.version ?? CURRENT}
        onChange={(value) => setChoice({ ...choice, version: value === CURRENT ? null : value })}
        options={[{ value: CURRENT, label: t("exports.version.current") }, ...versionOptions(versions)]}
      />
      <div className="form__actions">
        <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
          {t("exports.download")}
        </button>
      </div>
    </form>
  );
}
