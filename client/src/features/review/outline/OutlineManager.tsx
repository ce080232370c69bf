import { useEffect, useRef, useState } from "react";
import type { OutlineEntry } from "../../../../../shared/api/review";
import { api, unwrap } from "../../../api/client";
import { toApiError } from "../../../api/apiError";
import { Alert } from "../../../ui/Alert";
import { ErrorState } from "../../../ui/ErrorState";
import { LoadingState } from "../../../ui/LoadingState";
import { StatusMessage } from "../../../ui/StatusMessage";
import { useLoad } from "../../../ui/useLoad";
import { OutlineRow, moveButtonId, type MoveDirection } from "./OutlineRow";
import { RetireSectionDialog } from "./RetireSectionDialog";
import { DocumentLanguageForm } from "./DocumentLanguageForm";
import type { DocumentLanguage } from "../../../../../shared/languages";
import { useT } from "../../../i18n/useLocale";

interface Props {
  documentId: string;
  sections: readonly OutlineEntry[];
  documentLanguage: DocumentLanguage;
}

interface PendingFocus {
  sectionId: string;
  direction: MoveDirection;
  index: number;
}

/**
 * For the secretariat and chairs: the document's outline, section by section. Moving a section keeps the
 * keyboard on the moved row's button once the live outline shows the new order.
 */
export function OutlineManager({ documentId, sections, documentLanguage }: Props) {
  const t = useT();
  const groups = useLoad(() => unwrap(api.api.groups.$get()), []);
  const [pending, setPending] = useState<PendingFocus | null>(null);
  const [retiring, setRetiring] = useState<{ entry: OutlineEntry; opener: HTMLElement } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const retired = useRef(false);

  useEffect(() => {
    if (!pending) return;
    if (sections.findIndex((s) => s.id === pending.sectionId) !== pending.index) return;
    document.getElementById(moveButtonId(pending.sectionId, pending.direction))?.focus();
    setPending(null);
  }, [sections, pending]);
  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  async function move(entry: OutlineEntry, index: number, direction: MoveDirection) {
    const target = direction === "up" ? index - 1 : index + 1;
    const order = sections.map((s) => s.id);
    [order[index], order[target]] = [order[target]!, order[index]!];
    setError(null);
    setPending({ sectionId: entry.id, direction, index: target });
    try {
      await unwrap(api.api.documents[":id"].sections.order.$put({ param: { id: documentId }, json: { sectionIds: order } }));
      setDone(t(direction === "up" ? "review.outline.movedUp" : "review.outline.movedDown", { section: entry.title, position: target + 1 }));
      // If the live outline is slow to arrive, stop waiting for it after a while.
      timer.current = setTimeout(() => setPending(null), 5000);
    } catch (caught) {
      setPending(null);
      setError(toApiError(caught).message);
    }
  }

  async function retire(entry: OutlineEntry) {
    await unwrap(api.api.documents[":id"].sections[":sectionId"].$delete({ param: { id: documentId, sectionId: entry.id } }));
    setDone(t("review.outline.retired", { section: entry.title }));
  }

  if (groups.state.status === "loading") return <LoadingState label={t("review.outline.loadingGroups")} />;
  if (groups.state.status === "error") return <ErrorState title={t("review.outline.groupsFailed")} error={groups.state.error} onRetry={groups.reload} />;
  const groupList = groups.state.data.groups;
  return (
    <div className="outline-manager">
      <p className="muted">{t("review.outline.intro")}</p>
      <DocumentLanguageForm documentId={documentId} language={documentLanguage} />
      {error && <Alert title={t("review.outline.orderFailed")}>{error}</Alert>}
      <StatusMessage message={done} />
      <ol className="plain-list outline-manager__list" ref={list} tabIndex={-1} aria-label={t("review.outline.list")}>
        {sections.map((entry, index) => (
          <OutlineRow
            key={`${entry.id}:${entry.title}:${entry.ownerGroup.slug}:${entry.dueDate ?? ""}:${entry.language ?? ""}`}
            documentId={documentId}
            entry={entry}
            index={index}
            count={sections.length}
            groups={groupList}
            documentLanguage={documentLanguage}
            moving={pending !== null}
            onMove={(direction) => void move(entry, index, direction)}
            onRetire={(opener) => {
              retired.current = false;
              setRetiring({ entry, opener });
            }}
          />
        ))}
      </ol>
      {retiring && (
        <RetireSectionDialog
          sectionTitle={retiring.entry.title}
          onRetire={async () => {
            await retire(retiring.entry);
            retired.current = true;
          }}
          onClose={() => setRetiring(null)}
          // Retired, the row (and its button) goes: the list keeps the keyboard. Kept, back to the button.
          returnFocusTo={() => (retired.current ? list.current : retiring.opener)}
        />
      )}
    </div>
  );
}
