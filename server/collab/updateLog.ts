import * as Y from "yjs";
import type { Store } from "../store/store";
import type { NewOwner } from "./clientClaims";

// A document's append-only update log: read back in chunks, written one batch per round in one transaction.

/** A checked change waiting for the next round. */
export interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
  clientId: number | null;
  /** Sections a person's update changed, for the activity summary. */
  sections?: string[];
}

const LOAD_CHUNK = 5000;
const HOUR = 3_600_000;

/**
 * Applies a stored log to a doc. One transaction per chunk applies a long log in a fraction of the time
 * Y.mergeUpdates takes over all of it, and the pause between chunks keeps every other connection served while a
 * large history loads.
 */
export async function applyLog(doc: Y.Doc, rows: readonly { data: Uint8Array }[]): Promise<void> {
  for (let start = 0; start < rows.length; start += LOAD_CHUNK) {
    if (start > 0) await new Promise((resolve) => setImmediate(resolve));
    doc.transact(() => {
      for (const row of rows.slice(start, start + LOAD_CHUNK)) Y.applyUpdate(doc, row.data, "storage");
    }, "storage");
  }
}

export interface BatchContext {
  store: Store;
  documentId: string;
  now: number;
  /** The whole state, when this batch is also the moment to fold the log into one snapshot. */
  snapshot: Uint8Array | null;
  /** Whether to bump the document's "last updated" time with this batch. */
  touch: boolean;
  /**
   * The room holds every round up to this one: the snapshot may replace the log only if this batch is the very
   * next round (no other instance stored one the room has not applied yet).
   */
  head: number;
  /**
   * Several instances: refuse the batch whole if a section a person changed in it was approved meanwhile
   * (through another instance, whose guard this one's did not hear of in time).
   */
  checkApproved: boolean;
}

/** A batch a person wrote into a section that another instance approved in the meantime: stored nothing. */
export class ApprovedMeanwhile extends Error {
  constructor(readonly sectionIds: string[]) {
    super(`sections approved meanwhile: ${sectionIds.join(", ")}`);
  }
}

/**
 * Stores one round's updates in one transaction: one log row per person, edit counts, new clientID owners.
 * Returns the round's number, and whether the log was folded into the snapshot.
 */
export async function persistBatch(context: BatchContext, batch: readonly PendingUpdate[], owners: readonly NewOwner[]): Promise<{ round: number; compacted: boolean; rows: number; bytes: number }> {
  const { store, documentId, now, snapshot } = context;
  const byUser = new Map<string | null, PendingUpdate[]>();
  for (const p of batch) {
    const list = byUser.get(p.userId) ?? [];
    list.push(p);
    byUser.set(p.userId, list);
  }
  // One log entry per person per round: the log says who wrote what, and stays small.
  const rows = [...byUser].map(([userId, list]) => ({
    document_id: documentId,
    data: list.length === 1 ? list[0]!.update : Y.mergeUpdates(list.map((p) => p.update)),
    user_id: userId,
    client_id: list[0]!.clientId,
    created_at: now,
  }));
  const edits = new Map<string, { document_id: string; section_id: string; user_id: string; period_start: number; updates: number }>();
  const period = Math.floor(now / HOUR) * HOUR;
  for (const p of batch) {
    if (!p.userId || !p.sections) continue;
    for (const section of p.sections) {
      const key = `${section}\u0000${p.userId}`;
      const entry = edits.get(key) ?? { document_id: documentId, section_id: section, user_id: p.userId, period_start: period, updates: 0 };
      entry.updates += 1;
      edits.set(key, entry);
    }
  }
  const written = new Set(batch.flatMap((p) => (p.userId && p.sections ? p.sections : [])));
  return store.transaction(async (tx) => {
    const { round, lastSeq } = await tx.documents.appendRound(documentId, rows);
    if (context.checkApproved && written.size > 0) {
      const approved = await tx.documents.approvedAmong([...written]);
      if (approved.length > 0) throw new ApprovedMeanwhile(approved);
    }
    if (edits.size > 0) await tx.activity.addEdits([...edits.values()]);
    if (owners.length > 0) await tx.documents.addClientOwners(documentId, [...owners], now);
    if (context.touch) await tx.documents.touch(documentId, now);
    // The doc holds this batch and every round before it: the snapshot can replace them all.
    if (snapshot && round === context.head + 1) {
      await tx.documents.compact(documentId, lastSeq, snapshot, now, round);
      return { round, compacted: true, rows: 1, bytes: snapshot.byteLength };
    }
    return { round, compacted: false, rows: rows.length, bytes: rows.reduce((n, r) => n + r.data.byteLength, 0) };
  });
}
