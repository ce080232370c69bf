import { useState } from "react";
import { TransitionList } from "./TransitionList";
import { sectionControl } from "../../documents/useSectionRoving";
import { useT } from "../../../i18n/useLocale";

interface Props {
  documentId: string;
  sectionId: string;
  /** Changes when the section moves again: the open history loads again. */
  latest: string | null;
}

/** Every change of status of a section, newest first; loaded when opened. */
export function TransitionHistory(props: Props) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <details className="history" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary {...sectionControl} className="history__summary">{t("review.history.title")}</summary>
      {open && <TransitionList {...props} />}
    </details>
  );
}
