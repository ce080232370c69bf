import type * as Y from "yjs";
import type { Awareness } from "y-protocols/awareness";
import type { SectionDetail } from "../../../../shared/api/documents";
import type { ConnectionStatus } from "../../collab/connectionStatus";
import { SectionEditor } from "../editor/SectionEditor";
import { ContentBlocks } from "./ContentBlocks";
import { EditPermission } from "./EditPermission";
import { GroupBadge } from "./GroupBadge";
import { StatusBadge } from "./StatusBadge";
import { sectionAnchor } from "./sectionAnchor";

/** The live document, once its text can be shown; `generation` changes when the session starts over. */
export interface LiveText {
  doc: Y.Doc;
  awareness: Awareness;
  generation: number;
  status: ConnectionStatus;
}

/**
 * One section: title, owner, status and whether you may edit it, then its live text. Until the live text is
 * there, the text the server sent with the page stands in for it.
 */
export function SectionView({ section, number, live }: { section: SectionDetail; number: number; live: LiveText | null }) {
  const anchor = sectionAnchor(section.id);
  return (
    <section className="card section" id={anchor} aria-labelledby={`${anchor}-title`}>
      <header className="section__header">
        <h2 className="section__title" id={`${anchor}-title`}>
          <span className="section__number">{number}.</span> {section.title}
        </h2>
        <div className="section__badges">
          <GroupBadge group={section.ownerGroup} />
          <StatusBadge status={section.status} />
        </div>
        <EditPermission editable={section.editable} reason={section.readOnlyReason} />
      </header>
      {live ? (
        <SectionEditor
          key={live.generation}
          sectionId={section.id}
          sectionTitle={section.title}
          editable={section.editable}
          doc={live.doc}
          awareness={live.awareness}
          status={live.status}
        />
      ) : (
        <ContentBlocks blocks={section.content} />
      )}
    </section>
  );
}
