import * as Y from "yjs";
import type { Deps } from "../deps";
import type { VersionKind } from "../store/schema";
import type { VersionRow } from "../store/review";
import { newId } from "../store/ids";
import { outlineOf } from "./outline";
import { loadDocumentState } from "../collab/documentState";
import { automaticName, storedName, type VersionName } from "./versionLabels";

/**
 * Freezes the document as it is stored now: the full Yjs state and the outline beside it. Named by a person's
 * words, or by a message of ours that each reader gets in their language (versionLabels.ts).
 */
export async function createVersion(
  deps: Pick<Deps, "store" | "rooms" | "clock">,
  documentId: string,
  input: { label: VersionName; kind: VersionKind; authorId: string | null },
): Promise<VersionRow> {
  const room = deps.rooms.loaded(documentId);
  if (room) await room.whenFlushed();
  const doc = room?.doc ?? (await loadDocumentState(deps.store, documentId));
  const state = Y.encodeStateAsUpdate(doc);
  if (!room) doc.destroy();
  const version: VersionRow = {
    id: newId(),
    document_id: documentId,
    ...storedName(input.label),
    kind: input.kind,
    author_id: input.authorId,
    created_at: deps.clock.now(),
    state,
    outline: JSON.stringify(await outlineOf(deps.store, documentId)),
  };
  await deps.store.versions.insert(version);
  return version;
}

/** The room's automatic versions: one per interval of editing, from the state it stored. */
export function autoVersioning(store: Deps["store"], clock: Deps["clock"], intervalMs: number) {
  return {
    intervalMs,
    async lastVersionAt(documentId: string): Promise<number> {
      return (await store.versions.latest(documentId))?.created_at ?? 0;
    },
    /**
     * Saves the state as an automatic version unless one was made within the interval: with several instances
     * each room keeps its own clock, and the document's row lock makes them take turns, so the first one saves
     * and the others find its version.
     */
    async save(documentId: string, state: Uint8Array): Promise<void> {
      const at = clock.now();
      const outline = JSON.stringify(await outlineOf(store, documentId));
      await store.transaction(async (tx) => {
        await tx.documents.lockHead(documentId);
        if (at - (await tx.versions.lastAutoAt(documentId)) < intervalMs) return;
        await tx.versions.insert({
          id: newId(),
          document_id: documentId,
          ...storedName(automaticName(at)),
          kind: "auto",
          author_id: null,
          created_at: at,
          state,
          outline,
        });
      });
    },
  };
}
