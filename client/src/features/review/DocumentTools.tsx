import { useState } from "react";
import type * as Y from "yjs";
import type { OutlineEntry } from "../../../../shared/api/review";
import { OutlineManager } from "./outline/OutlineManager";
import { ActivityList } from "./activity/ActivityList";
import { ToolDisclosure } from "./ToolDisclosure";
import type { DocumentLanguage } from "../../../../shared/languages";
import { useT } from "../../i18n/useLocale";

interface Props {
  documentId: string;
  sections: readonly OutlineEntry[];
  documentLanguage: DocumentLanguage;
  /** The secretariat and chairs manage the outline. */
  managesOutline: boolean;
  /** Goes up when the document's activity gained an entry this reader may see. */
  activityPings: number;
  doc: Y.Doc | null;
}

/** In the document's header: the outline manager (for those who may) and the activity, each folded away. */
export function DocumentTools({ documentId, sections, documentLanguage, managesOutline, activityPings, doc }: Props) {
  const t = useT();
  // Folded, the activity says how many entries arrived since it was last open.
  const [seen, setSeen] = useState(activityPings);
  const [open, setOpen] = useState(false);
  const unseen = open ? 0 : activityPings - seen;
  const follow = (opened: boolean) => {
    setOpen(opened);
    setSeen(activityPings);
  };
  return (
    <div className="document__tools">
      <ToolDisclosure label={t("review.tools.activity")} note={unseen > 0 && <span className="tool__new">{t("review.tools.unseen", { count: unseen })}</span>} onOpenChange={follow}>
        {() => <ActivityList documentId={documentId} pings={activityPings} doc={doc} />}
      </ToolDisclosure>
      {managesOutline && <ToolDisclosure label={t("review.tools.outline")}>{() => <OutlineManager documentId={documentId} sections={sections} documentLanguage={documentLanguage} />}</ToolDisclosure>}
    </div>
  );
}
