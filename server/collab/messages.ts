import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import * as syncProtocol from "y-protocols/sync";
import { MESSAGE_ACTIVITY, MESSAGE_AWARENESS, MESSAGE_REFUSED, MESSAGE_SYNC, type ActivityAudience, type RefusedMessage } from "../../shared/collab/protocol";

// Encoders for the frames the server sends. Each returns bytes ready for ws.send, built once and shared by
// every connection that gets the same frame.

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const syncStep1Frame = (stateVector: Uint8Array) => syncFrame(syncProtocol.messageYjsSyncStep1, stateVector);
export const syncStep2Frame = (update: Uint8Array) => syncFrame(syncProtocol.messageYjsSyncStep2, update);
export const updateFrame = (update: Uint8Array) => syncFrame(syncProtocol.messageYjsUpdate, update);

export function awarenessFrame(awarenessUpdate: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, awarenessUpdate);
  return encoding.toUint8Array(encoder);
}

export function refusedFrame(message: RefusedMessage): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_REFUSED);
  encoding.writeVarString(encoder, JSON.stringify(message));
  return encoding.toUint8Array(encoder);
}

export function activityFrame(audience: ActivityAudience): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_ACTIVITY);
  encoding.writeVarString(encoder, audience);
  return encoding.toUint8Array(encoder);
}

/** One entry of an awareness update: y-protocols' wire format, read without applying it. */
export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The JSON text of the state; "null" when the client is leaving. */
  state: string;
}

/** Reads an awareness update without applying it; more than `maxEntries` entries throw before any is read. */
export function readAwarenessUpdate(update: Uint8Array, maxEntries = Number.POSITIVE_INFINITY): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  if (count > maxEntries) throw new Error(`${count} presence entries in one message`);
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++) {
    entries.push({
      clientId: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      state: decoding.readVarString(decoder),
    });
  }
  if (decoding.hasContent(decoder)) throw new Error("trailing bytes after the awareness update");
  return entries;
}

export function writeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}
