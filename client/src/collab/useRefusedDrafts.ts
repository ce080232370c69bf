import { useCallback, useRef, useState } from "react";
import * as Y from "yjs";
import { loadDrafts, saveDrafts, settleDrafts, type RefusedDraft } from "./refusedDrafts";

export interface RefusedDrafts {
  drafts: RefusedDraft[];
  /** Keeps the drafts of one refusal, and the refused doc's state to settle them against the server later. */
  add(drafts: readonly RefusedDraft[], refusedDoc: Y.Doc): void;
  dismiss(id: string): void;
  /**
   * After the fresh doc synced: settles the drafts of the refusals since the last sync against the server's
   * document. Answers whether the server lacks anything of them (false: every refused change is saved after
   * all), or null when no refusal was waiting.
   */
  settle(doc: Y.Doc): boolean | null;
}

interface Unsettled {
  drafts: readonly RefusedDraft[];
  refusedState: Uint8Array;
}

/** The refused texts of one document, mirrored to localStorage so a reload does not lose them. */
export function useRefusedDrafts(documentId: string): RefusedDrafts {
  const [state, setState] = useState(() => ({ documentId, drafts: loadDrafts(localStorage, documentId) }));
  // Another document opened in the same page component: start from that document's kept drafts.
  const current = state.documentId === documentId ? state : { documentId, drafts: loadDrafts(localStorage, documentId) };
  if (current !== state) setState(current);
  // In memory only: after a reload the refused doc is gone, and its drafts simply stay (never a loss).
  const unsettled = useRef<Unsettled[]>([]);

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
    add: useCallback(
      (added, refusedDoc) => {
        unsettled.current.push({ drafts: added, refusedState: Y.encodeStateAsUpdate(refusedDoc) });
        change((drafts) => [...added, ...drafts]);
      },
      [change],
    ),
    dismiss: useCallback((id) => change((drafts) => drafts.filter((draft) => draft.id !== id)), [change]),
    settle: useCallback(
      (doc) => {
        if (unsettled.current.length === 0) return null;
        const settled = new Map<string, RefusedDraft | null>();
        let missing = false;
        for (const { drafts, refusedState } of unsettled.current) {
          const outcome = settleDrafts(drafts, doc, refusedState);
          missing ||= outcome.missing;
          const kept = new Map(outcome.drafts.map((draft) => [draft.id, draft]));
          for (const draft of drafts) settled.set(draft.id, kept.get(draft.id) ?? null);
        }
        unsettled.current = [];
        if (settled.size > 0) change((drafts) => drafts.flatMap((draft) => (settled.has(draft.id) ? (settled.get(draft.id) ?? []) : [draft])));
        return missing;
      },
      [change],
    ),
  };
}
