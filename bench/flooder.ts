import WebSocket from "ws";
import * as Y from "yjs";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import { MESSAGE_AWARENESS, MESSAGE_SYNC, sectionRootName } from "../shared/collab/protocol";
import { writeAwarenessUpdate } from "../server/collab/messages";

// One abusive account for the abuse benchmark: it floods its own section with one-character updates as fast as
// its socket takes them, sends refused 0.8 MB pastes into a section it may not write and presence floods, and
// reconnects at once whenever the server closes it. Run as a child process (its own CPU, not the load's).

export interface FloodJob {
  url: string;
  cookie: string;
  sectionId: string;
  /** A section this account may not write. */
  forbiddenSectionId: string;
}

export interface FloodReport {
  type: "flood-report";
  messages: number;
  bytes: number;
  connections: number;
  refusedUpgrades: number;
  closes: Record<string, number>;
}

const report: FloodReport = { type: "flood-report", messages: 0, bytes: 0, connections: 0, refusedUpgrades: 0, closes: {} };
let stopping = false;

function frame(type: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  write(encoder);
  return encoding.toUint8Array(encoder);
}
const updateFrame = (update: Uint8Array) =>
  frame(MESSAGE_SYNC, (e) => {
    encoding.writeVarUint(e, 2);
    encoding.writeVarUint8Array(e, update);
  });

async function session(job: FloodJob): Promise<void> {
  const ws = new WebSocket(job.url, { headers: { cookie: job.cookie } });
  const opened = await new Promise<boolean>((resolve) => {
    ws.once("open", () => resolve(true));
    ws.once("unexpected-response", () => resolve(false));
    ws.once("error", () => resolve(false));
  });
  if (!opened) {
    report.refusedUpgrades++;
    await new Promise((r) => setTimeout(r, 100));
    return;
  }
  report.connections++;
  const doc = new Y.Doc();
  const closed = new Promise<void>((resolve) =>
    ws.once("close", (code) => {
      report.closes[code] = (report.closes[code] ?? 0) + 1;
      resolve();
    }),
  );
  // The server's state first (its sync step 2), so the flood builds on it.
  const synced = new Promise<void>((resolve) => {
    ws.on("message", (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === 1) {
        // The server's state vector: answer with what it lacks (nothing yet), as a stock client does.
        const answer = Y.encodeStateAsUpdate(doc, payload);
        ws.send(updateFrame(answer));
      }
      if (step === 2) {
        Y.applyUpdate(doc, payload);
        resolve();
      }
    });
  });
  ws.send(frame(MESSAGE_SYNC, (e) => { encoding.writeVarUint(e, 0); encoding.writeVarUint8Array(e, Y.encodeStateVector(doc)); }));
  await Promise.race([synced, closed]);
  const updates: Uint8Array[] = [];
  doc.on("update", (u: Uint8Array) => updates.push(u));
  const fragment = doc.getXmlFragment(sectionRootName(job.sectionId));
  const paragraph = new Y.XmlElement("paragraph");
  paragraph.insert(0, [new Y.XmlText("")]);
  fragment.insert(fragment.length, [paragraph]);
  const text = paragraph.get(0) as Y.XmlText;
  const big = new Y.Doc();
  big.getXmlFragment(sectionRootName(job.forbiddenSectionId)).insert(0, [new Y.XmlElement("paragraph")]);
  (big.getXmlFragment(sectionRootName(job.forbiddenSectionId)).get(0) as Y.XmlElement).insert(0, [new Y.XmlText("x".repeat(800_000))]);
  const refusedPaste = updateFrame(Y.encodeStateAsUpdate(big));
  const presenceFlood = frame(MESSAGE_AWARENESS, (e) =>
    encoding.writeVarUint8Array(e, writeAwarenessUpdate(Array.from({ length: 5000 }, (_, i) => ({ clientId: 900_000 + i, clock: 1, state: "null" })))),
  );
  let round = 0;
  while (ws.readyState === ws.OPEN && !stopping) {
    for (let i = 0; i < 500; i++) text.insert(text.length, "x");
    for (const u of updates.splice(0)) {
      const bytes = updateFrame(u);
      ws.send(bytes);
      report.messages++;
      report.bytes += bytes.byteLength;
    }
    round++;
    if (round % 20 === 0) {
      ws.send(refusedPaste);
      report.messages++;
      report.bytes += refusedPaste.byteLength;
    }
    if (round % 50 === 0) ws.send(presenceFlood);
    // As fast as the socket drains, and no faster than this process can keep in memory.
    while (ws.bufferedAmount > 4 * 1024 * 1024 && ws.readyState === ws.OPEN) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setImmediate(r));
  }
  if (ws.readyState === ws.OPEN) ws.close();
  await closed;
}

process.on("message", (message: { type: "flood"; job: FloodJob } | { type: "stop" }) => {
  if (message.type === "stop") {
    stopping = true;
    return;
  }
  void (async () => {
    while (!stopping) await session(message.job).catch(() => undefined);
    process.send!(report);
  })();
});
