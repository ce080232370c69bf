import { useMemo, useState } from "react";
import type { DocumentDetail } from "../../../../shared/api/documents";
import type { Me } from "../../../../shared/api/auth";
import { presenceColor } from "../../../../shared/collab/presence";
import { canManageOutline } from "../../../../shared/rights";
import { actorOf } from "../../session/useSession";
import { useCollabSession } from "../../collab/useCollabSession";
import { usePresence } from "../../collab/usePresence";
import { useRefusedDrafts } from "../../collab/useRefusedDrafts";
import { useAccessCheck } from "../../collab/useAccessCheck";
import { draftsFromRefusal } from "../../collab/refusedDrafts";
import { ConnectionIndicator } from "../collab/ConnectionIndicator";
import { PresenceList } from "../collab/PresenceList";
import { ConnectionClosed } from "../collab/ConnectionClosed";
import { RefusalAlert, type RefusalNotice } from "../collab/RefusalAlert";
import { RefusedDraftsPanel } from "../collab/RefusedDraftsPanel";
import { AddSectionPanel } from "./AddSectionPanel";
import { Breadcrumbs } from "./Breadcrumbs";
import { LastUpdated } from "./LastUpdated";
import { ProgressSummary } from "./ProgressSummary";
import { SectionToc } from "./SectionToc";
import { SectionView, type LiveText } from "./SectionView";

interface Props {
  document: DocumentDetail;
  user: Me;
  onOutlineChanged(): void;
}

/** The document page with its live session: editors, presence, connection state, refused text. */
export function LiveDocument({ document, user, onOutlineChanged }: Props) {
  const presenceUser = useMemo(() => ({ id: user.id, name: user.name, color: presenceColor(user.id) }), [user.id, user.name]);
  const drafts = useRefusedDrafts(document.id);
  const [refusal, setRefusal] = useState<RefusalNotice | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);
  const titles = useMemo(() => new Map(document.sections.map((section) => [section.id, section.title])), [document.sections]);

  const { session, snapshot } = useCollabSession(document.id, presenceUser, {
    onRefused(refused, doc) {
      drafts.add(draftsFromRefusal(refused, doc, document.sections, new Date()));
      setRefusal({ sectionTitle: refused.sectionId ? (titles.get(refused.sectionId) ?? null) : null, message: refused.message });
      setFocusRequest((n) => n + 1);
      // Refusals usually mean the rights changed (approved, owner changed): fetch them, so the section shows
      // read-only with its reason instead of inviting more typing that would be refused too.
      onOutlineChanged();
    },
    onResynced: (doc) => drafts.settle(doc),
  });
  const people = usePresence(snapshot?.awareness ?? null, user.id);
  const accessProblem = useAccessCheck(document.id, session, snapshot);
  const live: LiveText | null = snapshot?.ready ? { doc: snapshot.doc, awareness: snapshot.awareness, generation: snapshot.generation, status: snapshot.status } : null;

  return (
    <article className="document">
      <Breadcrumbs current={document.title} />
      <header className="card document__header">
        <h1 className="document__title">{document.title}</h1>
        {document.description && <p className="document__description">{document.description}</p>}
        <div className="document__status">
          <ProgressSummary approved={document.approvedCount} total={document.sectionCount} />
          <LastUpdated iso={document.updatedAt} />
          <ConnectionIndicator status={snapshot?.status ?? "syncing"} />
        </div>
        <PresenceList people={people} sectionTitles={titles} />
      </header>
      <div className="document__notices">
        <RefusalAlert notice={refusal} onDismiss={() => setRefusal(null)} />
        {snapshot?.closed && <ConnectionClosed closed={snapshot.closed} />}
        {accessProblem && <ConnectionClosed closed={{ message: accessProblem.message, signIn: accessProblem.status === 401 }} />}
        <RefusedDraftsPanel drafts={drafts.drafts} onDismiss={drafts.dismiss} focusRequest={focusRequest} />
      </div>
      <div className="document__body">
        <div className="document__aside">
          <SectionToc sections={document.sections} />
        </div>
        <div className="document__sections">
          {document.sections.map((section, index) => (
            <SectionView key={section.id} section={section} number={index + 1} live={live} />
          ))}
          {canManageOutline(actorOf(user)) && <AddSectionPanel documentId={document.id} onAdded={onOutlineChanged} />}
        </div>
      </div>
    </article>
  );
}
