import { useEffect, useState } from "react";
import type * as Y from "yjs";
import { sectionRootName } from "../../../shared/collab/protocol";

/** A number that goes up when a section's text changes (at most once a frame): for values read from the text. */
export function useFragmentVersion(doc: Y.Doc | null, sectionId: string): number {
  const [version, setVersion] = useState(0);
  useEffect(() => {
    if (!doc) return;
    const fragment = doc.getXmlFragment(sectionRootName(sectionId));
    let frame = 0;
    const changed = () => {
      if (frame === 0)
        frame = requestAnimationFrame(() => {
          frame = 0;
          setVersion((n) => n + 1);
        });
    };
    fragment.observeDeep(changed);
    return () => {
      fragment.unobserveDeep(changed);
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [doc, sectionId]);
  return version;
}
