import type { OutlineEntry } from "../../../../shared/api/review";
import { OutlineManager } from "./outline/OutlineManager";
import { ActivityList } from "./activity/ActivityList";
import { ToolDisclosure } from "./ToolDisclosure";

interface Props {
  documentId: string;
  sections: readonly OutlineEntry[];
  /** The secretariat and chairs manage the outline. */
  managesOutline: boolean;
}

/** Above the text: the outline manager (for those who may) and the document's activity, each folded away. */
export function DocumentTools({ documentId, sections, managesOutline }: Props) {
  const titles = new Map(sections.map((s) => [s.id, s.title]));
  return (
    <section className="document__tools" aria-labelledby="tools-heading">
      <h2 className="visually-hidden" id="tools-heading">
        Document tools
      </h2>
      {managesOutline && <ToolDisclosure label="Manage outline">{() => <OutlineManager documentId={documentId} sections={sections} />}</ToolDisclosure>}
      <ToolDisclosure label="Activity">{() => <ActivityList documentId={documentId} sectionTitles={titles} />}</ToolDisclosure>
    </section>
  );
}
