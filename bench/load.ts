import * as Y from "yjs";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { sectionRootName } from "../shared/collab/protocol";
import { fragmentChars, keystrokeChar } from "./fixtures";
import { Histogram } from "./histogram";
import { openLight, openStock, type Connection } from "./connections";
import {
  nowMs,
  PARAGRAPH,
  type ClientSpec,
  type ConnectOnceJob,
  type ConnectReport,
  type IdleJob,
  type LoadControl,
  type LoadEvent,
  type LoadJob,
  type TypingJob,
  type TypingResult,
  type TypistRole,
} from "./messages";

// The load generator: one job from the parent, then exit. Latency is measured without touching the protocol:
// every Yjs item already carries an id (clientID, clock). A typist records the send time of the clock its
// keystroke is about to create; a reader learns which clocks of which clients each remote update brought
// (stock: the transaction's before/after state vectors; light: Y.parseUpdateMeta) and subtracts.

process.setMaxListeners(0); // every WebsocketProvider registers a process 'exit' handler

let permissionDenied = 0;
const originalWarn = console.warn.bind(console);
console.warn = (...args: unknown[]) => {
  // The stock client warns on y-protocols auth "permission denied" messages; count them.
  if (typeof args[0] === "string" && args[0].startsWith("Permission denied")) {
    permissionDenied++;
    return;
  }
  originalWarn(...args);
};

function emit(event: LoadEvent): void {
  if (process.send && process.connected) process.send(event);
}

const controlWaiters: ((control: LoadControl) => void)[] = [];
process.on("message", (raw) => {
  const message = raw as LoadJob | LoadControl;
  if ("kind" in message) {
    void runJob(message).catch((error: unknown) => {
      emit({ type: "error", error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
      setTimeout(() => process.exit(1), 100);
    });
    return;
  }
  if (message.type === "abort") process.exit(3);
  for (const waiter of controlWaiters.splice(0)) waiter(message);
});
process.on("disconnect", () => process.exit(0));

function nextControl(timeoutMs: number): Promise<LoadControl | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), timeoutMs);
    controlWaiters.push((control) => {
      clearTimeout(timer);
      resolve(control);
    });
  });
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Opens connections with at most `concurrency` still syncing at a time; gives up at the deadline. */
async function connectAll(
  specs: { room: string; spec: ClientSpec }[],
  open: (room: string, spec: ClientSpec) => Connection,
  concurrency: number,
  timeoutMs: number,
): Promise<{ connections: Connection[]; report: ConnectReport }> {
  const started = nowMs();
  const deadline = started + timeoutMs;
  const connections: Connection[] = [];
  let next = 0;
  while (nowMs() < deadline) {
    let pending = connections.filter((c) => c.trying()).length;
    while (next < specs.length && pending < concurrency) {
      const { room, spec } = specs[next++]!;
      connections.push(open(room, spec));
      pending++;
    }
    if (next === specs.length && pending === 0) break;
    await sleep(5);
  }
  const finishedAt = nowMs();
  const synced = connections.filter((c) => c.synced);
  const failures: string[] = [];
  for (const c of connections) if (!c.synced) failures.push(c.lastClose ?? "no sync before the deadline");
  for (let i = next; i < specs.length; i++) failures.push("not attempted before the deadline");
  const syncTimes = synced.map((c) => c.syncMs).sort((a, b) => a - b);
  return {
    connections,
    report: {
      type: "connected",
      attempted: specs.length,
      synced: synced.length,
      failures: summarise(failures),
      syncMs: { p50: quantile(syncTimes, 0.5), p95: quantile(syncTimes, 0.95), max: syncTimes.at(-1) ?? 0 },
      allSyncedMs: finishedAt - started,
    },
  };
}

function summarise(failures: string[]): string[] {
  const counts = new Map<string, number>();
  for (const f of failures) counts.set(f, (counts.get(f) ?? 0) + 1);
  return [...counts].map(([reason, n]) => `${n}× ${reason}`);
}

function quantile(sorted: ArrayLike<number>, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

const closeAll = (connections: Connection[]) => connections.forEach((c) => c.close());

interface Typist {
  connection: Connection;
  doc: Y.Doc;
  text: Y.XmlText;
  sectionId: string;
  /** The typist's clock before its first keystroke: keystroke n creates clock base + n. */
  base: number;
  sendTimes: Float64Array;
  sent: number;
  globalIndex: number;
  role: TypistRole;
  /** A suggester's formatting on every keystroke: the `insertion` mark with its own suggestion id, as its user. */
  mark: { insertion: { id: string; author: string } } | null;
}

/**
 * A typist's first text, before the window. An owner starts its own paragraph in its empty section, as before.
 * A suggester may not add a paragraph of agreed text, so its section holds one (the fixture's starter text) and
 * it proposes words at its end: one character with its insertion mark now, so that every keystroke in the window
 * is one more character of that suggestion (one Yjs item, one clock, as an owner's keystroke).
 */
function startTyping(doc: Y.Doc, spec: ClientSpec, sectionId: string, suggestionId: string): Pick<Typist, "text" | "role" | "mark"> {
  const fragment = doc.getXmlFragment(sectionRootName(sectionId));
  if (spec.suggestAs === undefined) {
    const text = new Y.XmlText();
    const paragraph = new Y.XmlElement(PARAGRAPH);
    paragraph.insert(0, [text]);
    fragment.insert(fragment.length, [paragraph]);
    return { text, role: "owners", mark: null };
  }
  const paragraph = fragment.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error(`suggester's section ${sectionId} has no starter paragraph to suggest in`);
  const mark = { insertion: { id: suggestionId, author: spec.suggestAs } };
  text.insert(text.length, " ", mark);
  return { text, role: "suggesters", mark };
}

async function runTyping(job: TypingJob): Promise<void> {
  const period = 1000 / job.keystrokesPerSecond;
  const maxKeystrokes = Math.ceil(job.typingMs / period) + 1;
  const mine = job.fixture.clients.slice(job.slice.from, job.slice.to);
  const totalTypists = job.fixture.clients.filter((c) => c.sectionId !== null).length;
  const { connections, report } = await connectAll(
    mine.map((spec) => ({ room: job.fixture.room, spec })),
    (room, spec) => {
      const wsBase = spec.instance === undefined ? job.wsBase : job.instanceWsBases![spec.instance]!;
      return spec.sectionId === null && job.readers === "light" ? openLight(wsBase, room, spec) : openStock(wsBase, room, spec, null);
    },
    job.connectConcurrency,
    job.connectTimeoutMs,
  );
  if (report.synced < report.attempted) {
    emit(report);
    closeAll(connections);
    return;
  }

  // Each typist starts its own paragraph in its own section, before the measured window.
  const typists: Typist[] = [];
  const byClientId = new Map<number, Typist>();
  connections.forEach((connection, i) => {
    const sectionId = connection.spec.sectionId;
    if (sectionId === null || connection.doc === null) return;
    const doc = connection.doc;
    const globalIndex = job.slice.from + i;
    const typist: Typist = {
      connection,
      doc,
      ...startTyping(doc, connection.spec, sectionId, `bench-${globalIndex}`),
      sectionId,
      base: Y.getState(doc.store, doc.clientID),
      sendTimes: new Float64Array(maxKeystrokes),
      sent: 0,
      globalIndex,
    };
    typists.push(typist);
    byClientId.set(doc.clientID, typist);
  });
  const readers = connections.filter((c) => c.spec.sectionId === null);

  const latencies = new Histogram();
  let deliveries = 0;
  const byRole = { owners: { latency: new Histogram(), deliveries: 0 }, suggesters: { latency: new Histogram(), deliveries: 0 } };
  // Several instances: the same latencies again, by whether the reader is on the typist's instance or not.
  const routed = job.instanceWsBases !== undefined;
  const sameInstance = new Histogram();
  const crossInstance = new Histogram();
  const deliveriesByInstance = (job.instanceWsBases ?? []).map(() => 0);
  const onClocks = (reader: Connection, client: number, from: number, to: number, now: number) => {
    const typist = byClientId.get(client);
    if (!typist) return;
    const role = byRole[typist.role];
    for (let clock = Math.max(from, typist.base); clock < to; clock++) {
      const n = clock - typist.base;
      if (n >= typist.sent) break;
      const latency = now - typist.sendTimes[n]!;
      latencies.record(latency);
      role.latency.record(latency);
      role.deliveries++;
      deliveries++;
      if (routed) {
        const instance = reader.spec.instance!;
        (instance === typist.connection.spec.instance ? sameInstance : crossInstance).record(latency);
        deliveriesByInstance[instance]!++;
      }
    }
  };
  for (const reader of readers) reader.onClocks = (client, from, to, now) => onClocks(reader, client, from, to, now);

  // Every reader has every paragraph before the clock starts (bounded wait).
  const readyDeadline = nowMs() + 15_000;
  const allHaveParagraphs = () => readers.every((r) => typists.every((t) => r.clockOf(t.doc.clientID) >= t.base));
  while (!allHaveParagraphs() && nowMs() < readyDeadline) await sleep(20);

  emit(report);
  const control = await nextControl(120_000);
  if (!control || control.type !== "start") {
    closeAll(connections);
    return;
  }
  while (nowMs() < control.atMs) await sleep(Math.min(5, control.atMs - nowMs()));

  const t0 = control.atMs;
  const end = t0 + job.typingMs;
  const sendLags = new Histogram();
  const loopResolutionMs = 2;
  const loop = monitorEventLoopDelay({ resolution: loopResolutionMs });
  loop.enable();
  const cpuStart = process.cpuUsage();
  const disconnectsBefore = connections.reduce((n, c) => n + c.disconnects, 0);
  emit({ type: "typing-start", atMs: nowMs() });

  let keystrokesScheduled = 0;
  await Promise.all(
    typists.map(
      (typist) =>
        new Promise<void>((resolve) => {
          const offset = (typist.globalIndex / Math.max(1, totalTypists)) * period;
          keystrokesScheduled += Math.max(0, Math.ceil((job.typingMs - offset) / period));
          const step = () => {
            const n = typist.sent;
            const scheduled = t0 + offset + n * period;
            // The window is wall time: a typist that fell behind does not type on past its end.
            if (scheduled >= end || n >= maxKeystrokes || nowMs() >= end + period) return resolve();
            const wait = scheduled - nowMs();
            if (wait > 0) return void setTimeout(step, wait);
            const sentAt = nowMs();
            sendLags.record(sentAt - scheduled);
            const clock = Y.getState(typist.doc.store, typist.doc.clientID);
            typist.sendTimes[clock - typist.base] = sentAt;
            typist.sent = clock - typist.base + 1;
            if (typist.mark) typist.text.insert(typist.text.length, keystrokeChar(n), typist.mark);
            else typist.text.insert(typist.text.length, keystrokeChar(n));
            setImmediate(step);
          };
          step();
        }),
    ),
  );
  const typingEnd = nowMs();
  const cpu = process.cpuUsage(cpuStart);
  loop.disable();
  emit({ type: "typing-end", atMs: typingEnd });

  const keystrokesSent = typists.reduce((n, t) => n + t.sent, 0);
  const expectedDeliveries = keystrokesSent * readers.length;
  const drainDeadline = nowMs() + job.drainMs;
  while (deliveries < expectedDeliveries && nowMs() < drainDeadline) await sleep(20);

  // Convergence, sampled: stock readers' text (light readers keep none; then the typists check each other).
  let contentMismatches = 0;
  const checkers = readers.some((r) => r.doc !== null) ? readers.filter((r) => r.doc !== null).slice(0, 10) : typists.slice(0, 10).map((t) => t.connection);
  for (const checker of checkers) {
    for (const typist of typists) {
      if (typist.connection === checker) continue;
      const paragraph = checker.doc!.getXmlFragment(sectionRootName(typist.sectionId)).get(0);
      const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
      if (!(text instanceof Y.XmlText) || text.toString() !== typist.text.toString()) contentMismatches++;
    }
  }

  const windowMs = typingEnd - t0;
  const roleResult = (role: TypistRole) => {
    const keystrokes = typists.filter((t) => t.role === role).reduce((n, t) => n + t.sent, 0);
    return { keystrokes, expectedDeliveries: keystrokes * readers.length, deliveries: byRole[role].deliveries, latency: byRole[role].latency.toData() };
  };
  const result: TypingResult = {
    type: "typing-result",
    keystrokesScheduled,
    keystrokesSent,
    readers: readers.length,
    expectedDeliveries,
    deliveries,
    latency: latencies.toData(),
    sendLag: { p50: sendLags.quantile(0.5), p99: sendLags.quantile(0.99), max: sendLags.max },
    // The histogram measures the whole timer interval; subtract the interval to get the delay.
    eventLoopDelay: {
      p50: Math.max(0, loop.percentile(50) / 1e6 - loopResolutionMs),
      p99: Math.max(0, loop.percentile(99) / 1e6 - loopResolutionMs),
      max: Math.max(0, loop.max / 1e6 - loopResolutionMs),
    },
    loadCpuPercent: ((cpu.user + cpu.system) / 1000 / windowMs) * 100,
    disconnects: connections.reduce((n, c) => n + c.disconnects, 0) - disconnectsBefore,
    unknownMessages: connections.reduce((n, c) => n + c.unknownMessages, 0) + permissionDenied,
    contentMismatches,
    typingWindowMs: windowMs,
    refusals: connections.reduce((n, c) => n + c.refusals, 0),
    firstRefusal: connections.find((c) => c.firstRefusal !== null)?.firstRefusal ?? null,
    roles: { owners: roleResult("owners"), suggesters: roleResult("suggesters") },
    ...(routed ? { routes: { same: sameInstance.toData(), cross: crossInstance.toData(), deliveriesByInstance } } : {}),
  };
  emit(result);
  closeAll(connections);
}

async function runIdle(job: IdleJob): Promise<void> {
  const initial = job.fixture.initialUpdate ? Uint8Array.from(job.fixture.initialUpdate) : null;
  const { connections, report } = await connectAll(
    job.fixture.rooms.map((room, i) => ({ room, spec: { cookie: job.fixture.cookies[i] ?? null, sectionId: null } })),
    (room, spec) => openStock(job.wsBase, room, spec, initial),
    job.connectConcurrency,
    job.connectTimeoutMs,
  );
  emit(report);
  await nextControl(120_000); // held open, idle, until the parent has measured
  closeAll(connections);
}

async function runConnectOnce(job: ConnectOnceJob): Promise<void> {
  const { connections, report } = await connectAll(
    [{ room: job.room, spec: { cookie: job.cookie, sectionId: null } }],
    (room, spec) => openStock(job.wsBase, room, spec, null),
    1,
    job.timeoutMs,
  );
  const connection = connections[0];
  const ok = report.synced === 1 && connection !== undefined;
  emit({
    type: "connect-once-result",
    ok,
    error: ok ? null : report.failures.join("; ") || "did not sync",
    syncMs: connection?.syncMs ?? 0,
    chars: connection?.doc ? fragmentChars(connection.doc.getXmlFragment(sectionRootName(job.sectionId))) : 0,
  });
  closeAll(connections);
}

async function runJob(job: LoadJob): Promise<void> {
  // Whatever happens, this process ends: the parent's own timeouts are a second line.
  const budget =
    job.kind === "typing"
      ? job.connectTimeoutMs + 120_000 + job.typingMs + job.drainMs + 30_000
      : job.kind === "idle"
        ? job.connectTimeoutMs + 150_000
        : job.timeoutMs + 10_000;
  setTimeout(() => {
    emit({ type: "error", error: `load job ${job.kind} overran its ${Math.round(budget / 1000)} s budget` });
    setTimeout(() => process.exit(2), 100);
  }, budget).unref();
  if (job.kind === "typing") await runTyping(job);
  else if (job.kind === "idle") await runIdle(job);
  else await runConnectOnce(job);
  // Let the last IPC message flush, then leave.
  setTimeout(() => process.exit(0), 100);
}
