import * as Y from "yjs";
import * as encoding from "lib0/encoding";

// Updates written struct group by struct group, as a client with a hex editor could: groups in any order, a
// client twice, GC and Skip structs, any delete set. Structs come from real Yjs updates (Y.decodeUpdate) or are
// made here.

export type Struct = Y.Item | Y.GC | Y.Skip;

export interface StructGroup {
  client: number;
  /** Clock of the first struct; its own clock is ignored (as Yjs does when reading). */
  clock: number;
  structs: Struct[];
}

export type DeleteRanges = Array<[client: number, ranges: Array<[clock: number, len: number]>]>;

export function encodeGroups(groups: readonly StructGroup[], deletes: DeleteRanges = []): Uint8Array {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, groups.length);
  for (const group of groups) {
    encoding.writeVarUint(encoder.restEncoder, group.structs.length);
    encoder.writeClient(group.client);
    encoding.writeVarUint(encoder.restEncoder, group.clock);
    for (const struct of group.structs) struct.write(encoder, 0);
  }
  encoding.writeVarUint(encoder.restEncoder, deletes.length);
  for (const [client, ranges] of deletes) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const [clock, len] of ranges) {
      encoder.writeDsClock(clock);
      encoder.writeDsLen(len);
    }
  }
  return encoder.toUint8Array();
}

/** The struct groups of an update, one per client as Yjs writes them, with its delete set. */
export function groupsOf(update: Uint8Array): { groups: StructGroup[]; deletes: DeleteRanges } {
  const { structs, ds } = Y.decodeUpdate(update) as { structs: Struct[]; ds: { clients: Map<number, Array<{ clock: number; len: number }>> } };
  const groups: StructGroup[] = [];
  for (const struct of structs) {
    const last = groups.at(-1);
    if (last && last.client === struct.id.client) last.structs.push(struct);
    else groups.push({ client: struct.id.client, clock: struct.id.clock, structs: [struct] });
  }
  const deletes: DeleteRanges = [...ds.clients].map(([client, ranges]) => [client, ranges.map((r) => [r.clock, r.len] as [number, number])]);
  return { groups, deletes };
}

export const gcStruct = (client: number, clock: number, length: number) => new Y.GC(Y.createID(client, clock), length);
export const skipStruct = (client: number, clock: number, length: number) => new Y.Skip(Y.createID(client, clock), length);

/** What a doc `edit` makes, written by `clientID` on top of `base` (a copy of the server's state). */
export function editOf(base: Uint8Array, clientID: number, edit: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, base);
  doc.clientID = clientID;
  const before = Y.encodeStateVector(doc);
  doc.transact(() => edit(doc));
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}
