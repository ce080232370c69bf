import { useCallback, useState } from "react";
import type * as Y from "yjs";
import { loadDrafts, saveDrafts, settleDrafts, type RefusedDraft } from "./refusedDrafts";

export interface RefusedDrafts {
  drafts: RefusedDraft[];
  add(drafts: readonly RefusedDraft[]): void;
  dismiss(id: string): void;
  /** After the fresh doc synced, drop unconfirmed drafts the server has anyway. */
  settle(doc: Y.Doc): void;
}

/** The refused texts of one document, mirrored to localStorage so a reload does not lose them. */
export function useRefusedDrafts(documentId: string): RefusedDrafts {
  const [state, setState] = useState(() => ({ documentId, drafts: loadDrafts(localStorage, documentId) }));
  // Another document opened in the same page component: start from that document's kept drafts.
  const current = state.documentId === documentId ? state : { documentId, drafts: loadDrafts(localStorage, documentId) };
  if (current !== state) setState(current);

  const change = useCallback(
    (next: (drafts: RefusedDraft[]) => RefusedDraft[]) =>
      setState((previous) => {
        const drafts = next(previous.drafts);
        // Saving twice (React may call an updater twice in development) writes the same value: harmless.
        saveDrafts(localStorage, previous.documentId, drafts);
        return { documentId: previous.documentId, drafts };
      }),
    [],
  );

  return {
    drafts: current.drafts,
    add: useCallback((added) => change((drafts) => [...added, ...drafts]), [change]),
    dismiss: useCallback((id) => change((drafts) => drafts.filter((draft) => draft.id !== id)), [change]),
    settle: useCallback((doc) => change((drafts) => settleDrafts(drafts, doc)), [change]),
  };
}
