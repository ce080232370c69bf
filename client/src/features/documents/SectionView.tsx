import { memo, useEffect, useMemo, useRef, useState } from "react";
import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import type { AmendmentView } from "../../../../shared/api/amendments";
import type { ThreadView } from "../../../../shared/api/threads";
import type { Actor } from "../../../../shared/rights";
import type { ConnectionStatus } from "../../collab/connectionStatus";
import type { LiveSection } from "../../review/liveSections";
import { modesFor, sectionAccess, type EditorMode } from "../../review/sectionAccess";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import { suggestionRuns } from "../../../../shared/editor/suggestions";
import { ModeSwitch, type SuggestionView } from "../editor/suggestions/ModeSwitch";
import { useSuggestionRegistry } from "../editor/suggestions/useSuggestionRegistry";
import type { SelectedText } from "../../review/editorAnchors";
import { anchoredText } from "../../review/yRange";
import { StatusMessage } from "../../ui/StatusMessage";
import { SectionEditor, type ReviewBridge } from "../editor/SectionEditor";
import type { MarkRanges, ReviewMark } from "../editor/ReviewHighlights";
import { SectionLifecycle } from "../review/lifecycle/SectionLifecycle";
import { ReviewPanel } from "../review/ReviewPanel";
import { LockNotice } from "../review/LockNotice";
import { DueDateBadge } from "../review/DueDateBadge";
import { lockedMessage, unlockedMessage } from "../review/lockMessage";
import { threadElementId } from "../review/threads/ThreadItem";
import { amendmentElementId } from "../review/amendments/AmendmentItem";
import type { AmendmentDraft } from "../review/amendments/amendmentDraft";
import type { PaperNumbering } from "../editor/footnotes/paperNumbering";
import { ContentBlocks } from "./ContentBlocks";
import { StaticSectionText } from "./StaticSectionText";
import type { SectionMounter } from "./sectionMounter";
import { useSectionMount } from "./useSectionMount";
import { EditPermission } from "./EditPermission";
import { GroupBadge } from "./GroupBadge";
import { StatusBadge } from "./StatusBadge";
import { sectionAnchor } from "./sectionAnchor";
import { keepInView } from "./keepInView";
import { reviewCard } from "./reviewCard";
import { isOwnSection } from "./ownSections";
import { useSectionRoving } from "./useSectionRoving";
import { sectionLanguage, type DocumentLanguage } from "../../../../shared/languages";
import { useT } from "../../i18n/useLocale";

/** The live document, once its text can be shown; `generation` changes when the session starts over. */
export interface LiveText {
  doc: Y.Doc;
  awareness: Awareness;
  generation: number;
  status: ConnectionStatus;
}

/** A request to show one thread or amendment (after proposing it, or from a link): `n` makes each one new. */
export interface RevealRequest {
  id: string;
  n: number;
  /** Arrived by a link (the inbox, the landing page): the page is brought to the card and kept there. */
  linked?: boolean;
}

interface Props {
  documentId: string;
  section: LiveSection;
  number: number;
  live: LiveText | null;
  /** The outline comes from the live document (not only the page's copy): changes to it happen now. */
  outlineLive: boolean;
  actor: Actor;
  threads: readonly ThreadView[];
  amendments: readonly AmendmentView[];
  reveal: RevealRequest | null;
  /** The paper's footnote numbering, shared by every section of the page. */
  footnotes: PaperNumbering;
  /** When the section gets its editor (until then its live text is drawn as plain HTML). */
  mounter: SectionMounter;
  /** What the document is written in (a section may have its own language). */
  documentLanguage: DocumentLanguage;
  onPropose(draft: AmendmentDraft): void;
}

/** Wide enough for the margin beside the text (the review panel's own rule is on the section, at 52rem). */
const WIDE_MARGIN = "(min-width: 75rem)";

/** Typing within this long before a section locks counts as "was typing": the notice then takes the focus. */
const TYPING_MS = 20_000;

/**
 * One section: title, owner, status, due date and review, whether you may edit it, its live text, and its
 * comments and amendments. Until the live text is there, the text the server sent with the page stands in.
 */
// Memoised: the page renders again on every keystroke (presence, the Saved status, the connection); a section
// renders again only when what it shows changed. Its props are kept stable for that (LiveDocument).
export const SectionView = memo(function SectionView({ documentId, section, number, live, outlineLive, actor, threads, amendments, reveal, footnotes, mounter, documentLanguage, onPropose }: Props) {
  const t = useT();
  const { entry } = section;
  const language = sectionLanguage(documentLanguage, entry.language);
  const anchor = sectionAnchor(entry.id);
  const access = sectionAccess(actor, entry);
  const modes = modesFor(access);
  const [chosenMode, setChosenMode] = useState<EditorMode | null>(null);
  // A choice that rights no longer allow (the section was approved, say) falls back to where they start.
  const mode = chosenMode !== null && modes.includes(chosenMode) ? chosenMode : modes[0]!;
  const [view, setView] = useState<SuggestionView>("shown");
  const [openSuggestions, setOpenSuggestions] = useState(0);
  const registry = useSuggestionRegistry(live?.doc ?? null);
  const countSuggestions = (doc: ProseMirrorNode) => setOpenSuggestions(new Set(suggestionRuns(doc).map((run) => run.id)).size);
  const openItems = openSuggestions + threads.filter((t) => t.status === "open").length + amendments.filter((a) => a.status === "open").length;
  useEffect(() => {
    if (openItems > 0 && !panelChosen.current && window.matchMedia(WIDE_MARGIN).matches) setPanelOpenState(true);
  }, [openItems > 0]);
  const sectionFootnotes = useMemo(() => footnotes.section(entry.id), [footnotes, entry.id]);
  const [active, setActive] = useState<string | null>(null);
  const [newThread, setNewThread] = useState<SelectedText | null>(null);
  const [panelOpen, setPanelOpenState] = useState(false);
  // On a wide screen the margin shows what is open beside the text, until the reader closes it themselves.
  const panelChosen = useRef(false);
  const setPanelOpen = (open: boolean) => {
    panelChosen.current = true;
    setPanelOpenState(open);
  };
  const [ranges, setRanges] = useState<MarkRanges | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const lastKeyAt = useRef(0);
  const returnFocus = useRef<HTMLElement | null>(null);
  const pressing = useRef(false);
  useSectionRoving(sectionRef);
  const shownRanges = useRef("");

  // The section locks or unlocks under the reader: say so, and keep a typist's keyboard in the section.
  const previous = useRef<{ editable: boolean; live: boolean }>({ editable: access.editable, live: outlineLive });
  useEffect(() => {
    const before = previous.current;
    previous.current = { editable: access.editable, live: outlineLive };
    if (!before.live || !outlineLive || before.editable === access.editable) return;
    if (access.editable) {
      setNotice(unlockedMessage(entry, t));
      return;
    }
    setNotice(lockedMessage(entry, t));
    // Only someone who was typing in this text, and whose keyboard has not gone elsewhere since: the editor they
    // typed in is being replaced by a read-only one. Anyone else keeps their place.
    const typing = Date.now() - lastKeyAt.current < TYPING_MS;
    const here = (element: Element | null) => !element || element === document.body || sectionRef.current?.contains(element) === true;
    if (typing) requestAnimationFrame(() => here(document.activeElement) && noticeRef.current?.focus());
  }, [access.editable, outlineLive, entry]);

  const marks = useMemo<ReviewMark[]>(
    () => [
      ...threads.filter((t) => t.status === "open").map((t): ReviewMark => ({ id: t.id, kind: "thread", anchor: t.anchor })),
      ...amendments.filter((a) => a.status === "open").map((a): ReviewMark => ({ id: a.id, kind: "amendment", anchor: a.anchor })),
    ],
    [threads, amendments],
  );

  const [focusTarget, setFocusTarget] = useState<{ id: string; linked: boolean } | null>(null);
  const [scrollRequest, setScrollRequest] = useState<RevealRequest | null>(null);
  // A thread or amendment linked to or shown from the panel needs the editor (its highlight, its scrolling).
  const { mounted, mountNow } = useSectionMount(sectionRef, live !== null, mounter, reveal?.n ?? scrollRequest?.n);
  /** From the text (a highlight clicked) or a link: open the panel there and give it the keyboard. */
  const showItem = (id: string, linked = false) => {
    setPanelOpen(true);
    setActive(id);
    setFocusTarget({ id, linked });
  };
  /** From the panel ("Show in text"): bring its text into view; the keyboard stays in the panel. */
  const showText = (id: string) => {
    setActive(id);
    setScrollRequest((previous) => ({ id, n: (previous?.n ?? 0) + 1 }));
  };
  // Once the panel shows it (it may be opening now, or its section be mounting as it comes into view), the card
  // takes the keyboard: watched for, as the card may appear from inside the panel without this section rendering.
  useEffect(() => {
    const section = sectionRef.current;
    if (!focusTarget || !section) return;
    const reached = () => {
      const element = reviewCard(focusTarget.id, threads);
      if (!element) return false;
      setFocusTarget(null);
      // A resolved thread is folded away: unfold it first.
      const folded = element.closest("details");
      if (folded && !folded.open) folded.open = true;
      element.focus({ preventScroll: true });
      if (focusTarget.linked) {
        element.scrollIntoView({ block: "center" });
        keepInView(element);
      } else element.scrollIntoView({ block: "nearest", behavior: "smooth" });
      return true;
    };
    if (reached()) return;
    // Come to the section first: a section mounts its editor and margin when it comes into view.
    if (focusTarget.linked) section.scrollIntoView({ block: "start" });
    const appeared = new MutationObserver(() => reached() && appeared.disconnect());
    appeared.observe(section, { childList: true, subtree: true });
    return () => appeared.disconnect();
  }, [focusTarget, threads]);

  useEffect(() => {
    if (reveal) showItem(reveal.id, reveal.linked);
  }, [reveal?.n]);

  const bridge: ReviewBridge = {
    marks,
    active,
    scrollRequest,
    onActivate: showItem,
    onRanges(next) {
      const signature = JSON.stringify([...next]);
      if (signature === shownRanges.current) return;
      shownRanges.current = signature;
      setRanges(next);
    },
    onComment(selection) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setHint(null);
      setNewThread(selection);
      setPanelOpen(true);
    },
    onPropose(selection) {
      setHint(null);
      const originalText = live ? (anchoredText(live.doc, selection.anchor, entry.id) ?? selection.text) : selection.text;
      onPropose({ sectionId: entry.id, sectionTitle: entry.title, anchor: selection.anchor, originalText, proposedText: originalText, reason: "" });
    },
    onNothingSelected: setHint,
  };

  const newThreadDone = (threadId: string | null) => {
    setNewThread(null);
    if (threadId) {
      showItem(threadId);
      return;
    }
    const back = returnFocus.current;
    requestAnimationFrame(() => back?.isConnected && back.focus());
  };

  return (
    <section
      ref={sectionRef}
      className="card section"
      id={anchor}
      aria-labelledby={`${anchor}-title`}
      // The keyboard arriving in the section (Tab, a link to its heading) brings its editor. A press brings it once
      // it is a click: the editor and its toolbar taking the place of the text as the button goes down would move
      // the button from under the pointer before it is let go, and the click would be lost.
      onFocusCapture={() => pressing.current || mountNow()}
      onPointerDownCapture={() => {
        pressing.current = true;
        const release = () => {
          pressing.current = false;
          window.removeEventListener("pointerup", release, true);
          window.removeEventListener("pointercancel", release, true);
        };
        window.addEventListener("pointerup", release, true);
        window.addEventListener("pointercancel", release, true);
      }}
      onClickCapture={mountNow}
      onKeyDownCapture={(event) => {
        if (event.target instanceof Element && event.target.closest(".ProseMirror")) lastKeyAt.current = Date.now();
      }}
    >
      <header className="section__header">
        <h2 className="section__title" id={`${anchor}-title`} tabIndex={-1}>
          <span className="section__number">{number}.</span> <span lang={language}>{entry.title}</span>
        </h2>
        <div className="section__badges">
          {isOwnSection(actor, entry) && <span className="own-badge">{t("documents.ownGroup")}</span>}
          <GroupBadge group={entry.ownerGroup} />
          <StatusBadge status={entry.status} />
          {entry.dueDate && <DueDateBadge dueDate={entry.dueDate} approved={entry.status === "approved"} />}
        </div>
        <EditPermission editable={access.editable} reason={access.reason} groupName={entry.ownerGroup.name} />
        {live && (
          <ModeSwitch
            sectionTitle={entry.title}
            modes={modes}
            mode={mode}
            onModeChange={setChosenMode}
            view={view}
            onViewChange={setView}
            openSuggestions={openSuggestions}
          />
        )}
        <SectionLifecycle documentId={documentId} entry={entry} actor={actor} live={live} onShowThread={showItem} />
        <LockNotice ref={noticeRef} message={notice} onDismiss={() => setNotice(null)} />
      </header>
      <div className="section__body">
        <div className="section__text">
          {live && !mounted ? (
            <StaticSectionText doc={live.doc} sectionId={entry.id} boxed={mode !== "viewing"} footnotes={sectionFootnotes} onText={countSuggestions} language={language} />
          ) : live ? (
            <SectionEditor
              key={live.generation}
              documentId={documentId}
              decidesSuggestions={access.decidesSuggestions}
              sectionId={entry.id}
              sectionTitle={entry.title}
              language={language}
              mode={mode}
              view={view}
              meId={actor.id}
              suggestionInfo={registry.info}
              suggestionInfoVersion={registry.version}
              onText={countSuggestions}
              doc={live.doc}
              awareness={live.awareness}
              status={live.status}
              review={bridge}
              footnotes={sectionFootnotes}
            />
          ) : (
            <ContentBlocks blocks={section.content} language={language} />
          )}
          <StatusMessage message={hint} />
        </div>
        <ReviewPanel
          documentId={documentId}
          sectionId={entry.id}
          doc={live?.doc ?? null}
          meId={actor.id}
          decides={access.decides}
          decidesSuggestions={access.decidesSuggestions}
          sectionTitle={entry.title}
          threads={threads}
          amendments={amendments}
          ranges={ranges}
          active={active}
          onActivate={showText}
          newThread={newThread}
          onNewThreadDone={newThreadDone}
          open={panelOpen}
          onOpenChange={setPanelOpen}
        />
      </div>
    </section>
  );
});
