import { useState } from "react";
import type { GroupSummary } from "../../../../shared/api/groups";
import type { SectionSummary } from "../../../../shared/api/documents";
import { api, unwrap } from "../../api/client";
import { toApiError } from "../../api/apiError";
import { useRichT, useT } from "../../i18n/useLocale";
import { bdi } from "../../i18n/tags";

/** The owner group of one imported section, saved as soon as it is changed; says whether it was. */
export function SectionOwnerSelect({ documentId, section, groups }: { documentId: string; section: SectionSummary; groups: readonly GroupSummary[] }) {
  const t = useT();
  const rich = useRichT();
  const [owner, setOwner] = useState(section.ownerGroup.slug);
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  const id = `import-owner-${section.id}`;

  async function change(slug: string) {
    const previous = owner;
    setOwner(slug);
    setResult({ ok: true, text: t("import.owner.saving") });
    try {
      await unwrap(api.api.documents[":id"].sections[":sectionId"].$patch({ param: { id: documentId, sectionId: section.id }, json: { ownerGroup: slug } }));
      setResult({ ok: true, text: t("import.owner.saved", { group: groups.find((g) => g.slug === slug)?.name ?? slug }) });
    } catch (failure) {
      setOwner(previous);
      setResult({ ok: false, text: t("import.owner.notSaved", { reason: toApiError(failure).message }) });
    }
  }

  return (
    <div className="owner-select">
      <label className="visually-hidden" htmlFor={id}>
        {rich("import.owner.of", { title: section.title, bdi })}
      </label>
      <select id={id} className="input select input--compact" value={owner} onChange={(event) => void change(event.target.value)}>
        {groups.map((g) => (
          <option key={g.slug} value={g.slug} dir="auto">
            {g.name}
          </option>
        ))}
      </select>
      <span className={result?.ok === false ? "owner-select__result field__error" : "owner-select__result muted"} role="status">
        {result?.text}
      </span>
    </div>
  );
}
