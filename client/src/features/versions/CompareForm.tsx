import { useState, type FormEvent } from "react";
import type { VersionView } from "../../../../shared/api/versions";
import { SelectField } from "../../ui/SelectField";
import { SubmitButton } from "../../ui/SubmitButton";
import { NOW, versionOptions } from "./versionOptions";

interface Props {
  versions: readonly VersionView[];
  busy: boolean;
  /** What is compared now, so the form shows it after "Compare with now" from the list. */
  selection: { from: string; to: string };
  onCompare(from: string, to: string): void;
}

/** Picks two versions (or a version and "Now") to compare, word by word. */
export function CompareForm({ versions, busy, selection, onCompare }: Props) {
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
  const options = versionOptions(versions);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    if (from === to) {
      setError("Choose two different versions: there is nothing to compare between a version and itself.");
      return;
    }
    setError(undefined);
    onCompare(from, to);
  }

  return (
    <section className="card versions__card" aria-labelledby="compare-heading">
      <h2 id="compare-heading" className="versions__card-title">
        Compare
      </h2>
      <form className="compare-form" onSubmit={handleSubmit} noValidate>
        <SelectField id="compare-from" label="Older text" value={from} options={options} onChange={setFrom} />
        <SelectField
          id="compare-to"
          label="Newer text"
          value={to}
          options={[{ value: NOW, label: "Now (the live text)" }, ...options]}
          onChange={setTo}
          error={error}
        />
        <div className="form__actions">
          <SubmitButton busy={busy} busyLabel="Comparing…">
            Compare
          </SubmitButton>
        </div>
      </form>
    </section>
  );
}
