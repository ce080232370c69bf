import * as Y from "yjs";
import type { Deps } from "../deps";
import type { DocumentRow } from "../store/documents";
import type { OutlineEntry } from "../../shared/api/review";
import { outlineOf } from "../services/outline";
import { notFound } from "../http/errors";

/**
 * What an export reads: the document's row, its outline, and a Y.Doc that belongs to the export alone (a copy of
 * the live room's doc, or a stored version loaded into a fresh doc), so reading it can never touch the live
 * document. The caller destroys `doc` when done.
 */
export interface ExportSource {
  document: DocumentRow;
  outline: OutlineEntry[];
  doc: Y.Doc;
  /** When the text is from (ms). */
  at: number;
  version: { id: string; label: string } | null;
}

/** How long an export waits for the room to store what it holds before reading it from memory anyway. */
const FLUSH_WAIT_MS = 2000;

/** The same as plain data: the text as one Yjs update, for a render on the export worker. */
export interface ExportState extends Omit<ExportSource, "doc"> {
  state: Uint8Array;
}

export async function loadExportState(
  deps: Pick<Deps, "store" | "rooms" | "clock">,
  documentId: string,
  versionId?: string,
): Promise<ExportState> {
  const document = await deps.store.documents.byId(documentId);
  if (!document) throw notFound("That document");
  if (versionId) {
    const version = await deps.store.versions.byId(documentId, versionId);
    if (!version) throw notFound("That version");
    return {
      document,
      outline: JSON.parse(version.outline) as OutlineEntry[],
      state: version.state,
      at: version.created_at,
      version: { id: version.id, label: version.label },
    };
  }
  const state = await deps.rooms.withRoom(documentId, async (room) => {
    // What the room holds is what people see; wait for it to be stored, but never hang an export on a failing disk.
    await Promise.race([room.whenFlushed(), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS).unref())]);
    return Y.encodeStateAsUpdate(room.doc);
  });
  return { document, outline: await outlineOf(deps.store, documentId), state, at: deps.clock.now(), version: null };
}

export async function loadExportSource(
  deps: Pick<Deps, "store" | "rooms" | "clock">,
  documentId: string,
  versionId?: string,
): Promise<ExportSource> {
  const { state, ...rest } = await loadExportState(deps, documentId, versionId);
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  return { ...rest, doc };
}
