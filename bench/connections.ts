import WebSocket from "ws";
import * as Y from "yjs";
import { WebsocketProvider } from "y-websocket";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import { MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_REFUSED, MESSAGE_SYNC } from "../shared/collab/protocol";
import { nowMs, type ClientSpec } from "./messages";

// The two kinds of connection the load generator opens.
//
// - stock: y-websocket's WebsocketProvider over the `ws` package, with its own Y.Doc: what the browser runs.
// - light: a reader that speaks the same protocol on the wire (sync step 1 on open, an empty step 2 in reply to
//   the server's step 1, its awareness state {} on open and every 15 s like the stock Awareness) but keeps no
//   Y.Doc: it reads only which clocks of which clients each update carries (Y.parseUpdateMeta). The server
//   cannot tell it from a stock reader, and it costs the load process a fraction as much, so the load
//   generator saturates later. Typists are always stock.

/** A remote update brought clocks [from, to) of `client`; `now` is when the message was handled. */
export type OnClocks = (client: number, from: number, to: number, now: number) => void;

export interface Connection {
  readonly kind: "stock" | "light";
  readonly spec: ClientSpec;
  synced: boolean;
  syncMs: number;
  lastClose: string | null;
  disconnects: number;
  /** Messages the client had no handler for (other than MESSAGE_REFUSED, counted apart). */
  unknownMessages: number;
  /** Updates the server refused (MESSAGE_REFUSED), and the first refusal's payload `{ reason, sectionId, message }`. */
  refusals: number;
  firstRefusal: string | null;
  /** Still trying: not synced, and not closed for good (4400-4499 make the stock client stop). */
  trying(): boolean;
  /** Highest clock + 1 this connection has of `client` (its state vector entry). */
  clockOf(client: number): number;
  onClocks: OnClocks | null;
  /** Stock connections only. */
  readonly doc: Y.Doc | null;
  close(): void;
}

/** A `ws` WebSocket that sends the session cookie (and no Origin: ws sends none unless asked). */
function socketClass(cookie: string | null): typeof WebSocket {
  if (cookie === null) return WebSocket;
  const headers = { cookie };
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return CookieWebSocket as unknown as typeof WebSocket;
}

export function openStock(wsBase: string, room: string, spec: ClientSpec, initialUpdate: Uint8Array | null): Connection {
  const doc = new Y.Doc();
  if (initialUpdate) Y.applyUpdate(doc, initialUpdate);
  const started = nowMs();
  const provider = new WebsocketProvider(wsBase, room, doc, {
    // Without this, clients in one process would also sync through an in-process BroadcastChannel
    // (lib0 delivers to same-process subscribers synchronously), bypassing the server entirely.
    disableBc: true,
    WebSocketPolyfill: socketClass(spec.cookie) as unknown as typeof globalThis.WebSocket,
  });
  const connection: Connection = {
    kind: "stock",
    spec,
    doc,
    synced: false,
    syncMs: 0,
    lastClose: null,
    disconnects: 0,
    unknownMessages: 0,
    refusals: 0,
    firstRefusal: null,
    onClocks: null,
    trying: () => !connection.synced && provider.shouldConnect,
    clockOf: (client) => Y.getState(doc.store, client),
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
  // The stock client logs unknown message types; count them per connection instead (see load.ts).
  const known = provider.messageHandlers.length;
  for (let type = known; type <= 255; type++) {
    provider.messageHandlers[type] = () => {
      connection.unknownMessages++;
    };
  }
  provider.messageHandlers[MESSAGE_REFUSED] = (_encoder: unknown, decoder: decoding.Decoder) => {
    connection.refusals++;
    connection.firstRefusal ??= decoding.readVarString(decoder);
  };
  provider.on("sync", (synced: boolean) => {
    if (synced && !connection.synced) {
      connection.synced = true;
      connection.syncMs = nowMs() - started;
    }
  });
  provider.on("connection-close", (event: { code: number; reason: string } | null) => {
    if (event) connection.lastClose = `closed ${event.code}${event.reason ? ` ${event.reason}` : ""}`;
  });
  provider.on("connection-error", () => {
    connection.lastClose ??= "connection error";
  });
  provider.on("status", ({ status }: { status: string }) => {
    if (status === "disconnected") connection.disconnects++;
  });
  doc.on("afterTransaction", (tr: Y.Transaction) => {
    const onClocks = connection.onClocks;
    if (tr.local || onClocks === null) return;
    const now = nowMs();
    for (const [client, after] of tr.afterState) {
      const before = tr.beforeState.get(client) ?? 0;
      if (after > before) onClocks(client, before, after, now);
    }
  });
  return connection;
}

const EMPTY_STATE_VECTOR = Y.encodeStateVector(new Y.Doc());
const EMPTY_UPDATE = Y.encodeStateAsUpdate(new Y.Doc());
const AWARENESS_RENEW_MS = 15_000; // y-protocols' Awareness renews its state at outdatedTimeout / 2
const SYNC_STEP1 = 0;
const SYNC_STEP2 = 1;
const SYNC_UPDATE = 2;

function syncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

function awarenessMessage(clientId: number, clock: number): Uint8Array {
  const update = encoding.createEncoder();
  encoding.writeVarUint(update, 1);
  encoding.writeVarUint(update, clientId);
  encoding.writeVarUint(update, clock);
  encoding.writeVarString(update, "{}");
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(update));
  return encoding.toUint8Array(encoder);
}

export function openLight(wsBase: string, room: string, spec: ClientSpec): Connection {
  const started = nowMs();
  const clientId = Math.floor(Math.random() * 0xffffffff);
  let awarenessClock = 0;
  let closedByUs = false;
  let renew: ReturnType<typeof setInterval> | null = null;
  const state = new Map<number, number>();
  const socket = new WebSocket(`${wsBase}/${room}`, spec.cookie === null ? {} : { headers: { cookie: spec.cookie } });
  const connection: Connection = {
    kind: "light",
    spec,
    doc: null,
    synced: false,
    syncMs: 0,
    lastClose: null,
    disconnects: 0,
    unknownMessages: 0,
    refusals: 0,
    firstRefusal: null,
    onClocks: null,
    trying: () => !connection.synced && connection.lastClose === null,
    clockOf: (client) => state.get(client) ?? 0,
    close() {
      closedByUs = true;
      if (renew) clearInterval(renew);
      socket.terminate();
    },
  };
  const send = (data: Uint8Array) => {
    if (socket.readyState === WebSocket.OPEN) socket.send(data);
  };
  const applyMeta = (update: Uint8Array) => {
    const meta = Y.parseUpdateMeta(update);
    const now = nowMs();
    for (const [client, to] of meta.to) {
      const have = state.get(client) ?? 0;
      if (to <= have) continue;
      const from = Math.max(meta.from.get(client) ?? 0, have);
      state.set(client, to);
      connection.onClocks?.(client, from, to, now);
    }
  };
  socket.on("open", () => {
    send(syncMessage(SYNC_STEP1, EMPTY_STATE_VECTOR));
    send(awarenessMessage(clientId, awarenessClock));
    renew = setInterval(() => send(awarenessMessage(clientId, ++awarenessClock)), AWARENESS_RENEW_MS);
  });
  socket.on("message", (data: Buffer) => {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    if (type === MESSAGE_SYNC) {
      const step = decoding.readVarUint(decoder);
      if (step === SYNC_STEP1) send(syncMessage(SYNC_STEP2, EMPTY_UPDATE));
      else if (step === SYNC_STEP2 || step === SYNC_UPDATE) {
        applyMeta(decoding.readVarUint8Array(decoder));
        if (step === SYNC_STEP2 && !connection.synced) {
          connection.synced = true;
          connection.syncMs = nowMs() - started;
        }
      }
    } else if (type === MESSAGE_QUERY_AWARENESS) {
      send(awarenessMessage(clientId, awarenessClock));
    } else if (type === MESSAGE_REFUSED) {
      connection.refusals++;
      connection.firstRefusal ??= decoding.readVarString(decoder);
    } else if (type !== MESSAGE_AWARENESS) {
      connection.unknownMessages++;
    }
  });
  socket.on("error", (error) => {
    connection.lastClose ??= `connection error: ${error.message}`;
  });
  socket.on("close", (code, reason) => {
    if (renew) clearInterval(renew);
    if (closedByUs) return;
    connection.disconnects++;
    connection.lastClose = `closed ${code}${reason.length ? ` ${reason.toString()}` : ""}`;
  });
  return connection;
}
