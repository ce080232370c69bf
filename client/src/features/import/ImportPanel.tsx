import { useState } from "react";
import type { GroupSummary } from "../../../../shared/api/groups";
import { useFocusLater } from "../../ui/useFocusLater";
import { ImportDocxForm } from "./ImportDocxForm";
import { ImportResult } from "./ImportResult";
import type { ImportAnswer } from "./uploadDocx";

/** The admin Documents tab's import: the form, then what it made (and back to the form for another file). */
export function ImportPanel({ groups, onImported }: { groups: readonly GroupSummary[]; onImported(): void }) {
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const focusLater = useFocusLater();
  if (answer) {
    const again = () => {
      setAnswer(null);
      focusLater("import-file");
    };
    return <ImportResult answer={answer} groups={groups} onDismiss={again} />;
  }
  return (
    <ImportDocxForm
      groups={groups}
      onImported={(imported) => {
        setAnswer(imported);
        onImported();
      }}
    />
  );
}
