import { useState, type FormEvent } from "react";
import type { VersionView } from "../../../../shared/api/versions";
import { useT } from "../../i18n/useLocale";
import { SelectField } from "../../ui/SelectField";
import { SubmitButton } from "../../ui/SubmitButton";
import { useVersionNames } from "./versionNames";
import { NOW } from "./versionOptions";

interface Props {
  versions: readonly VersionView[];
  busy: boolean;
  /** What is compared now, so the form shows it after "Compare with now" from the list. */
  selection: { from: string; to: string };
  onCompare(from: string, to: string): void;
}

/** Picks two versions (or a version and "Now") to compare, word by word. */
export function CompareForm({ versions, busy, selection, onCompare }: Props) {
  const t = useT();
  const names = useVersionNames();
  const [from, setFrom] = useState(selection.from);
  const [to, setTo] = useState(selection.to);
  const [shown, setShown] = useState(selection);
  // A comparison started elsewhere (a row's "Compare with now", a link, Back) shows up in the form too.
  if (shown.from !== selection.from || shown.to !== selection.to) {
    setShown(selection);
    setFrom(selection.from);
    setTo(selection.to);
  }
  const [error, setError] = useState<string | undefined>();
  const options = names.options(versions);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (from === to) {
      setError(t("versions.compare.same"));
      return;
    }
    setError(undefined);
    onCompare(from, to);
  }

  return (
    <section className="card versions__card" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="versions__card-title">
        {t("versions.compare.title")}
      </h2>
      <form className="compare-form" onSubmit={handleSubmit} noValidate>
        <SelectField id="compare-from" label={t("versions.compare.older")} value={from} options={options} onChange={setFrom} />
        <SelectField
          id="compare-to"
          label={t("versions.compare.newer")}
          value={to}
          options={[{ value: NOW, label: t("versions.compare.now") }, ...options]}
          onChange={setTo}
          error={error}
        />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel={t("versions.compare.busy")}>
            {t("versions.compare.submit")}
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
