import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import type { RefusalReason } from "../../shared/collab/protocol";

// An update is written in struct groups, one per client, then a delete set. Y.decodeUpdate returns every group's
// structs in one list, but Y.applyUpdate keeps only the LAST group of a client, skips structs it already has,
// cuts a struct that starts before what it has (taking the parent from the neighbour it cuts at, not from the
// struct), ignores Skip structs and creates every root type an update names, even in a struct it then skips.
// A guard that read the list would check one thing while Yjs applied another. So the guard never checks or
// applies a client's bytes: it checks, applies, stores and broadcasts the canonical update written here from
// what was decoded — one group per client starting exactly where the server is, nothing the server has already,
// no Skips, the delete set sorted and merged — which Yjs reads exactly as the guard does. It is planned first and
// written only once the guard accepts it, so a refusal costs one decode.

/** No client types two billion characters: a clock past this is a crafted struct (a GC of length 2^50, say). */
export const MAX_CLOCK = 2 ** 31;

export class NotCanonical extends Error {
  constructor(
    readonly reason: RefusalReason,
    detail: string,
  ) {
    super(detail);
  }
}

const refuse = (reason: RefusalReason, detail: string): never => {
  throw new NotCanonical(reason, detail);
};

interface DeleteSetLike {
  clients: Map<number, Array<{ clock: number; len: number }>>;
}

/** What the canonical update holds, before it is written (a refused update is never written). */
export interface CanonicalPlan {
  /** Per client, the structs the server lacks, in clock order; the first may start before the server's clock. */
  fresh: Map<number, Array<Y.Item | Y.GC>>;
  /** Per client, how far into its first struct the server already is (Yjs cuts the struct there). */
  offsets: Map<number, number>;
  /** The delete set, sorted and merged per client. */
  deletes: Map<number, Array<{ clock: number; len: number }>>;
  /** Whether a struct is cut: its neighbours and parent then read differently, so the guard reads the written form. */
  cut: boolean;
  /** Nothing the server lacks and no deletes: nothing to apply. */
  empty: boolean;
}

/** Plans the canonical form of a decoded update against what `store` holds; throws NotCanonical for what it refuses. */
export function planCanonical(original: Uint8Array, store: Y.Doc["store"], structs: ReadonlyArray<Y.Item | Y.GC | Y.Skip>, ds: DeleteSetLike): CanonicalPlan {
  // Every group must be a distinct client with at least one struct: otherwise Yjs drops all but one of them.
  const groups = decoding.readVarUint(decoding.createDecoder(original));
  const byClient = new Map<number, Array<Y.Item | Y.GC | Y.Skip>>();
  let current: Array<Y.Item | Y.GC | Y.Skip> | undefined;
  let currentClient = -1;
  for (const struct of structs) {
    const client = struct.id.client;
    if (client !== currentClient || !current) {
      if (byClient.has(client)) refuse("malformed", `client ${client} has two struct groups`);
      byClient.set(client, (current = []));
      currentClient = client;
    }
    current.push(struct);
  }
  if (groups !== byClient.size) refuse("malformed", `${groups} struct groups for ${byClient.size} clients (a group is empty or repeated)`);

  // Per client: what the server lacks, from exactly where it is.
  const fresh = new Map<number, Array<Y.Item | Y.GC>>();
  const offsets = new Map<number, number>();
  for (const [client, list] of byClient) {
    const known = Y.getState(store, client);
    const kept: Array<Y.Item | Y.GC> = [];
    let offset = 0;
    let gapAt: number | null = null;
    for (const struct of list) {
      const end = struct.id.clock + struct.length;
      if (struct.length <= 0) refuse("malformed", `an empty struct at ${client}:${struct.id.clock}`);
      if (end > MAX_CLOCK) refuse("malformed", `a struct ending at clock ${end}`);
      if (end <= known) continue;
      if (struct instanceof Y.Skip) {
        gapAt ??= Math.max(struct.id.clock, known);
        continue;
      }
      if (gapAt !== null) refuse("pending_structs", `client ${client} skips from clock ${gapAt} to ${struct.id.clock}`);
      if (kept.length === 0) {
        if (struct.id.clock > known) refuse("pending_structs", `client ${client} skips from clock ${known} to ${struct.id.clock}`);
        offset = known - struct.id.clock;
      }
      kept.push(struct);
    }
    if (kept.length > 0) {
      fresh.set(client, kept);
      offsets.set(client, offset);
    }
  }

  const deletes = new Map<number, Array<{ clock: number; len: number }>>();
  for (const [client, ranges] of ds.clients) {
    const sorted = [...ranges].sort((a, b) => a.clock - b.clock);
    const merged: Array<{ clock: number; len: number }> = [];
    for (const { clock, len } of sorted) {
      if (len <= 0) refuse("malformed", `an empty delete range at ${client}:${clock}`);
      if (clock + len > MAX_CLOCK) refuse("malformed", `a delete range ending at clock ${clock + len}`);
      const last = merged.at(-1);
      if (last && clock <= last.clock + last.len) last.len = Math.max(last.len, clock + len - last.clock);
      else merged.push({ clock, len });
    }
    deletes.set(client, merged);
  }
  return { fresh, offsets, deletes, cut: [...offsets.values()].some((o) => o > 0), empty: fresh.size === 0 && deletes.size === 0 };
}

/** Writes the planned canonical update: the only bytes that are applied, stored and sent. */
export function writeCanonical(plan: CanonicalPlan): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  // Highest client first, as Yjs writes them.
  const clients = [...plan.fresh.keys()].sort((a, b) => b - a);
  encoding.writeVarUint(encoder.restEncoder, clients.length);
  for (const client of clients) {
    const list = plan.fresh.get(client)!;
    const offset = plan.offsets.get(client) ?? 0;
    encoding.writeVarUint(encoder.restEncoder, list.length);
    encoder.writeClient(client);
    encoding.writeVarUint(encoder.restEncoder, list[0]!.id.clock + offset);
    list[0]!.write(encoder, offset);
    for (let i = 1; i < list.length; i++) list[i]!.write(encoder, 0);
  }
  const deletes = [...plan.deletes].sort((a, b) => b[0] - a[0]);
  encoding.writeVarUint(encoder.restEncoder, deletes.length);
  for (const [client, ranges] of deletes) {
    encoder.resetDsCurVal();
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const { clock, len } of ranges) {
      encoder.writeDsClock(clock);
      encoder.writeDsLen(len);
    }
  }
  return encoder.toUint8Array();
}
