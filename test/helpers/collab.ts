import WebSocket from "ws";
import * as Y from "yjs";
import * as decoding from "lib0/decoding";
import * as encoding from "lib0/encoding";
import { WebsocketProvider } from "y-websocket";
import { COLLAB_PATH, MESSAGE_REFUSED, MESSAGE_SYNC, type RefusedMessage } from "../../shared/collab/protocol";

/** ws with a cookie (and optionally an Origin), as a browser would send them on the upgrade. */
export function socketWithHeaders(headers: Record<string, string>): typeof WebSocket {
  return class extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  } as typeof WebSocket;
}

export const collabUrl = (httpUrl: string) => `${httpUrl.replace(/^http/, "ws")}${COLLAB_PATH}`;

export interface ProviderClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  refusals: RefusedMessage[];
  synced: Promise<void>;
  destroy(): void;
}

/**
 * The stock y-websocket client, unchanged but for a handler that records our "refused" messages.
 * BroadcastChannel is off: in one Node process it would sync clients behind the server's back.
 */
export function connectProvider(httpUrl: string, cookie: string, documentId: string, doc = new Y.Doc(), headers: Record<string, string> = {}): ProviderClient {
  const provider = new WebsocketProvider(collabUrl(httpUrl), documentId, doc, {
    WebSocketPolyfill: socketWithHeaders({ ...headers, cookie }) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    maxBackoffTime: 200,
  });
  const refusals: RefusedMessage[] = [];
  provider.messageHandlers[MESSAGE_REFUSED] = (_encoder, decoder) => {
    refusals.push(JSON.parse(decoding.readVarString(decoder)) as RefusedMessage);
  };
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve();
    provider.on("sync", (isSynced: boolean) => isSynced && resolve());
  });
  return {
    doc,
    provider,
    refusals,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Waits until `check` holds, polling; fails with `what` after the timeout. */
export async function eventually(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`timed out waiting for: ${what}`);
}

/** A plain socket for crafted frames; records every frame and the close. */
export async function connectRaw(httpUrl: string, documentId: string, headers: Record<string, string>) {
  const ws = new WebSocket(`${collabUrl(httpUrl)}/${documentId}`, { headers });
  const frames: Uint8Array[] = [];
  let closed: { code: number; reason: string } | null = null;
  ws.on("message", (data: Buffer) => frames.push(new Uint8Array(data)));
  ws.on("close", (code, reason) => (closed = { code, reason: reason.toString() }));
  await new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
    ws.once("unexpected-response", (_req, res) => reject(new Error(`upgrade refused: ${res.statusCode}`)));
  });
  return {
    ws,
    frames,
    get closed() {
      return closed;
    },
    send(bytes: Uint8Array) {
      ws.send(bytes);
    },
    refusals(): RefusedMessage[] {
      return frames
        .map((f) => decoding.createDecoder(f))
        .filter((d) => decoding.readVarUint(d) === MESSAGE_REFUSED)
        .map((d) => JSON.parse(decoding.readVarString(d)) as RefusedMessage);
    },
    close() {
      ws.close();
    },
  };
}

/** A y-websocket "update" frame carrying any bytes. */
export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, 2);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Plain text of a section fragment, paragraph per line. */
export function sectionText(doc: Y.Doc, sectionId: string): string {
  return doc
    .getXmlFragment(`section:${sectionId}`)
    .toArray()
    .map((node) => (node instanceof Y.XmlElement ? node.toArray().map((t) => (t instanceof Y.XmlText ? t.toString() : "")).join("") : ""))
    .join("\n");
}

/** Appends a paragraph with the text to a section, as the editor would. */
export function typeParagraph(doc: Y.Doc, sectionId: string, text: string): void {
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText(text)]);
  const fragment = doc.getXmlFragment(`section:${sectionId}`);
  fragment.insert(fragment.length, [paragraph]);
}
