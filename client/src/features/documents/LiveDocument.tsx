import { useEffect, useLayoutEffect, useMemo, useRef, useState } from "react";
import type { DocumentDetail } from "../../../../shared/api/documents";
import type { Me } from "../../../../shared/api/auth";
import type { AmendmentView } from "../../../../shared/api/amendments";
import type { ThreadView } from "../../../../shared/api/threads";
import { presenceColor } from "../../../../shared/collab/presence";
import { amendmentsMap, threadsMap } from "../../../../shared/collab/review";
import { canManageOutline, isAdmin } from "../../../../shared/rights";
import { actorOf } from "../../session/useSession";
import { useCollabSession } from "../../collab/useCollabSession";
import { usePresence } from "../../collab/usePresence";
import { useRefusedDrafts } from "../../collab/useRefusedDrafts";
import { useAccessCheck } from "../../collab/useAccessCheck";
import { draftsFromRefusal, type RefusedDraft } from "../../collab/refusedDrafts";
import { useLiveDocumentLanguage, useLiveOutline } from "../../review/useLiveOutline";
import { useLiveValues } from "../../review/useLiveValues";
import { liveSections } from "../../review/liveSections";
import { sectionAccess } from "../../review/sectionAccess";
import { wholeSectionAnchor } from "../../review/yRange";
import { ConnectionIndicator } from "../collab/ConnectionIndicator";
import { PresenceList } from "../collab/PresenceList";
import { ConnectionClosed } from "../collab/ConnectionClosed";
import { RefusalAlert, type RefusalNotice } from "../collab/RefusalAlert";
import { RefusedDraftsPanel } from "../collab/RefusedDraftsPanel";
import { MentionablesProvider } from "../review/mentions/MentionablesContext";
import { DocumentTools } from "../review/DocumentTools";
import { AmendmentDialog } from "../review/amendments/AmendmentDialog";
import { createPaperNumbering } from "../editor/footnotes/paperNumbering";
import type { AmendmentDraft } from "../review/amendments/amendmentDraft";
import { StatusMessage } from "../../ui/StatusMessage";
import { AddSectionPanel } from "./AddSectionPanel";
import { Breadcrumbs } from "./Breadcrumbs";
import { DocumentActions } from "../exports/DocumentActions";
import { OwnSectionsNav } from "./OwnSectionsNav";
import { isOwnSection } from "./ownSections";
import { useOwnSectionShortcut } from "./useOwnSectionShortcut";
import { useStickyBar } from "./useStickyBar";
import { ProgressSummary } from "./ProgressSummary";
import { SectionToc } from "./SectionToc";
import { SectionView, type LiveText, type RevealRequest } from "./SectionView";
import { useLinkedTarget } from "./useLinkedTarget";
import { locateTarget } from "./locateTarget";
import type { LinkTarget } from "./linkTarget";
import { useSuggestionRegistry } from "../editor/suggestions/useSuggestionRegistry";
import { createSectionMounter } from "./sectionMounter";
import { UnsavedChanges } from "../../collab/unsavedChanges";
import { mountsEverything } from "./mountBudget";
import { useT } from "../../i18n/useLocale";

interface Props {
  document: DocumentDetail;
  user: Me;
  onOutlineChanged(): void;
}

const groupBySection = <T extends { sectionId: string }>(items: readonly T[]): Map<string, T[]> => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.sectionId, [...(groups.get(item.sectionId) ?? []), item]);
  return groups;
};

const NONE: never[] = [];

/**
 * The document page with its live session: the outline (statuses, owners, due dates) as the server writes it,
 * editors that lock and unlock with it, comment threads and amendments, presence, connection state, refused text.
 */
export function LiveDocument({ document, user, onOutlineChanged }: Props) {
  const t = useT();
  const presenceUser = useMemo(() => ({ id: user.id, name: user.name, color: presenceColor(user.id) }), [user.id, user.name]);
  const actor = useMemo(() => actorOf(user), [user]);
  const drafts = useRefusedDrafts(document.id);
  const [refusal, setRefusal] = useState<RefusalNotice | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const [proposal, setProposal] = useState<AmendmentDraft | null>(null);
  const [reveal, setReveal] = useState<{ sectionId: string; request: RevealRequest } | null>(null);
  const [pageStatus, setPageStatus] = useState<string | null>(null);

  const { session, snapshot } = useCollabSession(document.id, presenceUser, {
    onRefused(refused, doc) {
      drafts.add(draftsFromRefusal(refused, doc, sectionRefs, new Date()), doc);
      setPageStatus(null);
      setRefusal({ sectionTitle: refused.sectionId ? (titles.get(refused.sectionId) ?? null) : null, message: refused.message });
      setFocusRequest((n) => n + 1);
      // Refusals usually mean the rights changed: read the document again too (the live outline follows anyway).
      onOutlineChanged();
    },
    onResynced(doc) {
      // The server refuses an update whole; the fresh document tells what it lacks. If nothing, the alert would
      // be a false alarm: take it back and say so.
      if (drafts.settle(doc) !== false) return;
      setRefusal(null);
      setPageStatus(t("documents.page.savedAfterAll"));
    },
  });
  const people = usePresence(snapshot?.awareness ?? null, user.id);
  const accessProblem = useAccessCheck(document.id, session, snapshot);
  // Kept the same object while what the sections read of it is the same: sections are memoised (SectionView).
  const ready = snapshot?.ready === true;
  const live = useMemo<LiveText | null>(
    () => (ready && snapshot ? { doc: snapshot.doc, awareness: snapshot.awareness, generation: snapshot.generation, status: snapshot.status } : null),
    [ready, snapshot?.doc, snapshot?.awareness, snapshot?.generation, snapshot?.status],
  );
  const liveDoc = live?.doc ?? null;

  const outline = useLiveOutline(liveDoc);
  const documentLanguage = useLiveDocumentLanguage(liveDoc) ?? document.language;
  const sections = useMemo(() => liveSections(outline, document.sections), [outline, document.sections]);
  const entries = useMemo(() => sections.map((s) => s.entry), [sections]);
  const titles = useMemo(() => new Map(entries.map((entry) => [entry.id, entry.title])), [entries]);
  const sectionRefs = entries.map((entry) => ({ id: entry.id, title: entry.title, editable: sectionAccess(actor, entry).editable }));
  const threadValues = useLiveValues<ThreadView>(liveDoc, threadsMap);
  const amendmentValues = useLiveValues<AmendmentView>(liveDoc, amendmentsMap);
  const threads = useMemo(() => groupBySection(threadValues), [threadValues]);
  const amendments = useMemo(() => groupBySection(amendmentValues), [amendmentValues]);
  const ownSections = entries.filter((entry) => isOwnSection(actor, entry));
  const numbers = useMemo(() => new Map(entries.map((entry, index) => [entry.id, index + 1])), [entries]);
  useOwnSectionShortcut(entries, actor);
  const bar = useRef<HTMLDivElement>(null);
  useStickyBar(bar);
  const approved = entries.filter((entry) => entry.status === "approved").length;
  // Footnotes are numbered through the paper in the order the sections are shown, which is the exports' order.
  // Before paint, so a reordered outline never shows the old numbers for a frame.
  const [footnotes] = useState(createPaperNumbering);
  useLayoutEffect(() => footnotes.setOrder(entries.map((entry) => entry.id)), [footnotes, entries]);

  // Editors mount as sections come near the viewport; a short paper mounts the rest in idle time.
  const [mounter] = useState(createSectionMounter);
  useEffect(() => () => mounter.dispose(), [mounter]);
  const everything = liveDoc !== null && mountsEverything(liveDoc, entries.map((entry) => entry.id));
  useEffect(() => mounter.setBackground(everything), [mounter, everything]);

  const show = (sectionId: string, id: string, linked = false) =>
    setReveal((previous) => ({ sectionId, request: { id, n: (previous?.request.n ?? 0) + 1, linked } }));
  const suggestionInfo = useSuggestionRegistry(liveDoc).info;
  const locate = (target: LinkTarget) => locateTarget(target, threads, amendments, suggestionInfo);
  useLinkedTarget(live !== null, locate, (sectionId, id) => show(sectionId, id, true));

  const proposeFor = (draft: RefusedDraft) => {
    const sectionId = draft.sectionId;
    if (!liveDoc || !sectionId || !titles.has(sectionId)) return null;
    return () => {
      const whole = wholeSectionAnchor(liveDoc, sectionId);
      if (!whole) return;
      setProposal({ sectionId, sectionTitle: titles.get(sectionId) ?? draft.sectionTitle ?? t("collab.refused.goneSection"), anchor: whole.anchor, originalText: whole.text, proposedText: draft.text, reason: t("documents.page.refusedReason") });
    };
  };

  return (
    <UnsavedChanges.Provider value={snapshot?.unsaved ?? 0}>
      <MentionablesProvider>
        <article className="document">
          {/* Always in view: whether changes reach the server, and the way to the reader's own sections. */}
          <div className="document__bar" ref={bar}>
            <ConnectionIndicator status={snapshot?.status ?? "syncing"} />
            <OwnSectionsNav sections={ownSections} numbers={numbers} />
          </div>
          <header className="document__header">
            <Breadcrumbs current={document.title} language={documentLanguage} />
            {/* Written in the document's language: isolated, so an English title keeps its punctuation in an Arabic page. */}
            <h1 className="document__title">
              <span lang={documentLanguage} dir="auto">
                {document.title}
              </span>
            </h1>
            {document.description && (
              <p className="document__description">
                <span lang={documentLanguage} dir="auto">
                  {document.description}
                </span>
              </p>
            )}
            <div className="document__meta">
              <ProgressSummary approved={approved} total={entries.length} />
              <PresenceList people={people} sectionTitles={titles} />
            </div>
            <div className="document__toolbar">
              <DocumentActions documentId={document.id} />
              <DocumentTools
                documentId={document.id}
                sections={entries}
                documentLanguage={documentLanguage}
                managesOutline={canManageOutline(actor)}
                activityPings={isAdmin(actor) ? (snapshot?.activity.editorial ?? 0) + (snapshot?.activity.admin ?? 0) : (snapshot?.activity.editorial ?? 0)}
                doc={liveDoc}
              />
            </div>
          </header>
          <div className="document__notices">
            <RefusalAlert notice={refusal} onDismiss={() => setRefusal(null)} />
            {snapshot?.closed && <ConnectionClosed closed={snapshot.closed} />}
            {accessProblem && <ConnectionClosed closed={{ message: accessProblem.message, signIn: accessProblem.status === 401 }} />}
            <RefusedDraftsPanel drafts={drafts.drafts} onDismiss={drafts.dismiss} proposeFor={proposeFor} focusRequest={focusRequest} />
            <StatusMessage message={pageStatus} />
            <StatusMessage message={snapshot?.notice ? t(snapshot.notice) : null} />
          </div>
          <div className="document__body">
            <div className="document__aside">
              <SectionToc sections={entries} own={(entry) => isOwnSection(actor, entry)} />
            </div>
            <div className="document__sections">
              {sections.map((section, index) => (
                <SectionView
                  key={section.entry.id}
                  documentId={document.id}
                  section={section}
                  number={index + 1}
                  live={live}
                  outlineLive={outline !== null}
                  actor={actor}
                  threads={threads.get(section.entry.id) ?? NONE}
                  amendments={amendments.get(section.entry.id) ?? NONE}
                  reveal={reveal?.sectionId === section.entry.id ? reveal.request : null}
                  footnotes={footnotes}
                  mounter={mounter}
                  documentLanguage={documentLanguage}
                  onPropose={setProposal}
                />
              ))}
              {canManageOutline(actor) && <AddSectionPanel documentId={document.id} onAdded={onOutlineChanged} />}
            </div>
          </div>
          {proposal && (
            <AmendmentDialog
              documentId={document.id}
              draft={proposal}
              onClose={() => setProposal(null)}
              onProposed={(amendment) => {
                setProposal(null);
                const title = titles.get(amendment.sectionId);
                setPageStatus(title === undefined ? t("documents.page.amendmentProposedHere") : t("documents.page.amendmentProposed", { title }));
                show(amendment.sectionId, amendment.id);
              }}
            />
          )}
        </article>
      </MentionablesProvider>
    </UnsavedChanges.Provider>
  );
}
