import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import type { WebsocketProvider } from "y-websocket";
import { MESSAGE_SYNC } from "../../../shared/collab/protocol";

// Which of this device's changes the server has stored. The server sends nothing it has not stored: a round is on
// disk before it is broadcast (to its sender too), and a sync step 2 answers only once what arrived before it is on
// disk (server/collab/room.ts). So every struct and deletion in a sync message from the server is stored. A change
// made here is saved once the server has sent back all of it: its structs (by clock) and its deletions.

/** A deleted range: client, first clock, length. */
type Range = [client: number, clock: number, length: number];

interface LocalChange {
  /** The clock after this change's last struct, per client (usually one: this doc's). */
  structsUpTo: Map<number, number>;
  /** Deletions this change made that the server has not been seen to store yet. */
  deletions: Range[];
}

export interface SaveTracker {
  /** Changes made on this device (since the page opened) that the server has not confirmed storing. */
  unsaved(): number;
  destroy(): void;
}

/** `ranges` without the parts `removed` covers. */
function subtract(ranges: readonly Range[], removed: Map<number, readonly { clock: number; len: number }[]>): Range[] {
  let left = [...ranges];
  for (const [client, items] of removed) {
    for (const item of items) {
      left = left.flatMap(([c, clock, length]): Range[] => {
        const end = clock + length;
        const cutEnd = item.clock + item.len;
        if (c !== client || cutEnd <= clock || item.clock >= end) return [[c, clock, length]];
        const parts: Range[] = [];
        if (item.clock > clock) parts.push([c, clock, item.clock - clock]);
        if (cutEnd < end) parts.push([c, cutEnd, end - cutEnd]);
        return parts;
      });
    }
  }
  return left;
}

/**
 * Follows this device's changes until the server has them stored. Reads every sync message the server sends
 * (before the provider applies it; what we already hold changes nothing in the doc, so the doc's own events would
 * not tell), and after each (re)connection asks the server for everything it has stored beyond what it is known to
 * have: its answer confirms changes sent just before a connection dropped, whose echo never arrived.
 */
export function trackSaves(doc: Y.Doc, provider: WebsocketProvider, onChange: () => void): SaveTracker {
  /** What the server is known to have stored, per client. */
  const stored = new Map<number, number>();
  /** The server's state vector as it said on connecting (stored or about to be: not proof, only a starting point). */
  let serverSaid = new Map<number, number>();
  let pending: LocalChange[] = [];

  const settle = () => {
    const before = pending.length;
    pending = pending.filter((change) => change.deletions.length > 0 || [...change.structsUpTo].some(([client, clock]) => (stored.get(client) ?? 0) < clock));
    if (pending.length !== before) onChange();
  };

  const onTransaction = (transaction: Y.Transaction) => {
    if (!transaction.local) return;
    const structsUpTo = new Map<number, number>();
    for (const [client, clock] of transaction.afterState) if (clock > (transaction.beforeState.get(client) ?? 0)) structsUpTo.set(client, clock);
    const deletions: Range[] = [];
    for (const [client, items] of transaction.deleteSet.clients) for (const item of items) deletions.push([client, item.clock, item.len]);
    if (structsUpTo.size === 0 && deletions.length === 0) return;
    pending.push({ structsUpTo, deletions });
    onChange();
  };
  doc.on("afterTransaction", onTransaction);

  const fromServer = (update: Uint8Array) => {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) if (clock > (stored.get(client) ?? 0)) stored.set(client, clock);
    if (pending.some((change) => change.deletions.length > 0)) {
      const { ds } = Y.decodeUpdate(update);
      pending = pending.map((change) => (change.deletions.length > 0 ? { ...change, deletions: subtract(change.deletions, ds.clients) } : change));
    }
    settle();
  };

  const handleSync = provider.messageHandlers[MESSAGE_SYNC]!;
  provider.messageHandlers[MESSAGE_SYNC] = (encoder, decoder, ...rest) => {
    // Peek at a copy of the message; the provider's own handler reads the original.
    const peek = decoding.clone(decoder);
    const step = decoding.readVarUint(peek);
    if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) fromServer(decoding.readVarUint8Array(peek));
    else if (step === syncProtocol.messageYjsSyncStep1) serverSaid = Y.decodeStateVector(decoding.readVarUint8Array(peek));
    handleSync(encoder, decoder, ...rest);
  };

  const onSynced = (synced: boolean) => {
    if (!synced || pending.length === 0 || !provider.ws || !provider.wsconnected) return;
    // "Send me what you have stored beyond this": sent after whatever the provider sent on connecting, so the
    // server answers once that is stored too. For the clients of our unconfirmed changes, what it is known to have
    // stored; for everyone else what it said it has, so that the answer is small, not the whole document.
    const asked = new Map(serverSaid);
    for (const change of pending) for (const client of change.structsUpTo.keys()) asked.set(client, stored.get(client) ?? 0);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep1);
    encoding.writeVarUint8Array(encoder, Y.encodeStateVector(asked));
    provider.ws.send(encoding.toUint8Array(encoder));
  };
  provider.on("sync", onSynced);

  return {
    unsaved: () => pending.length,
    destroy() {
      doc.off("afterTransaction", onTransaction);
      provider.off("sync", onSynced);
      provider.messageHandlers[MESSAGE_SYNC] = handleSync;
    },
  };
}
