import { useId, useState, type FormEvent } from "react";
import type { OutlineEntry } from "../../../../../shared/api/review";
import type { GroupSummary } from "../../../../../shared/api/groups";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { SelectField } from "../../../ui/SelectField";
import { StatusMessage } from "../../../ui/StatusMessage";
import { SubmitButton } from "../../../ui/SubmitButton";
import { TextField } from "../../../ui/TextField";
import { StatusBadge } from "../../documents/StatusBadge";
import { isDocumentLanguage, type DocumentLanguage } from "../../../../../shared/languages";
import { languageOptions } from "../../documents/languageOptions";
import { useFormats, useRichT, useT } from "../../../i18n/useLocale";
import { hidden } from "../../../i18n/tags";

export type MoveDirection = "up" | "down";

export const moveButtonId = (sectionId: string, direction: MoveDirection): string => `outline-${sectionId}-${direction}`;

interface Props {
  documentId: string;
  entry: OutlineEntry;
  index: number;
  count: number;
  groups: readonly GroupSummary[];
  /** The document's language, which a section without its own is in. */
  documentLanguage: DocumentLanguage;
  onMove(direction: MoveDirection): void;
  onRetire(opener: HTMLElement): void;
  moving: boolean;
}

/**
 * One section in the outline manager: rename it, give it to another group, set its due date or its own language,
 * move or retire it.
 */
export function OutlineRow({ documentId, entry, index, count, groups, documentLanguage, onMove, onRetire, moving }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  const id = useId();
  const [title, setTitle] = useState(entry.title);
  const [owner, setOwner] = useState(entry.ownerGroup.slug);
  const [due, setDue] = useState(entry.dueDate ?? "");
  // "" is the document's language.
  const [language, setLanguage] = useState<string>(entry.language ?? "");
  const [titleError, setTitleError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    if (title.trim() === "") {
      setTitleError(t("review.outline.titleMissing"));
      return;
    }
    const patch = {
      ...(title.trim() !== entry.title && { title: title.trim() }),
      ...(owner !== entry.ownerGroup.slug && { ownerGroup: owner }),
      ...(due !== (entry.dueDate ?? "") && { dueDate: due === "" ? null : due }),
      ...(language !== (entry.language ?? "") && { language: isDocumentLanguage(language) ? language : null }),
    };
    if (Object.keys(patch).length === 0) {
      setSaved(t("review.outline.nothingChanged"));
      return;
    }
    setBusy(true);
    setFailure(null);
    setSaved(null);
    try {
      await unwrap(api.api.documents[":id"].sections[":sectionId"].$patch({ param: { id: documentId, sectionId: entry.id }, json: patch }));
      setSaved(t("review.outline.saved"));
    } catch (caught) {
      setFailure(toApiError(caught).message);
    } finally {
      setBusy(false);
    }
  }

  const titleId = `${id}-heading`;
  return (
    <li className="outline-row" aria-labelledby={titleId}>
      <h3 className="outline-row__title" id={titleId}>
        <span className="section__number">{index + 1}.</span> {entry.title} <StatusBadge status={entry.status} />
      </h3>
      <form className="outline-row__form" onSubmit={save} noValidate aria-label={t("review.outline.details", { section: entry.title })}>
        {failure && <Alert title={t("review.outline.notSaved")}>{failure}</Alert>}
        <TextField id={`${id}-title`} label={t("review.outline.title")} value={title} onChange={(value) => { setTitle(value); setTitleError(undefined); }} maxLength={200} error={titleError} />
        <SelectField id={`${id}-owner`} label={t("review.outline.owner")} value={owner} onChange={setOwner} options={groups.map((g) => ({ value: g.slug, label: g.name }))} />
        <TextField id={`${id}-due`} label={t("review.outline.due")} type="date" value={due} onChange={setDue} className="field--narrow" />
        <SelectField
          id={`${id}-language`}
          label={t("review.outline.language")}
          value={language}
          onChange={setLanguage}
          options={[{ value: "", label: t("review.outline.documentsLanguage", { language: formats.languageName(documentLanguage) }) }, ...languageOptions]}
        />
        <div className="outline-row__save">
          <SubmitButton busy={busy} busyLabel={t("review.comment.saving")} variant="secondary">
            {rich("review.outline.save", { section: entry.title, hidden })}
          </SubmitButton>
        </div>
      </form>
      <StatusMessage message={saved} />
      <div className="outline-row__actions" role="group" aria-label={t("review.outline.actions", { section: entry.title })}>
        <button
          id={moveButtonId(entry.id, "up")}
          type="button"
          className="button button--secondary button--small"
          aria-disabled={index === 0 || moving || undefined}
          onClick={() => index > 0 && !moving && onMove("up")}
        >
          <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 13V3M3.5 7.5L8 3l4.5 4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {rich("review.outline.moveUp", { section: entry.title, hidden })}
        </button>
        <button
          id={moveButtonId(entry.id, "down")}
          type="button"
          className="button button--secondary button--small"
          aria-disabled={index === count - 1 || moving || undefined}
          onClick={() => index < count - 1 && !moving && onMove("down")}
        >
          <svg className="button__icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
            <path d="M8 3v10M3.5 8.5L8 13l4.5-4.5" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          {rich("review.outline.moveDown", { section: entry.title, hidden })}
        </button>
        <button type="button" className="button button--danger button--small" onClick={(event) => onRetire(event.currentTarget)}>
          {rich("review.outline.retire", { section: entry.title, hidden })}
        </button>
      </div>
    </li>
  );
}
