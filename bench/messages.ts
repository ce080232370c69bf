import type { HistogramData } from "./histogram";

// The IPC messages between the bench parent (run.ts), the server under test (ourServer.ts / baselineServer.ts)
// and the load generator (load.ts). Every child speaks request/response over process.send with an `id`.

export type Target = "baseline" | "ours";

/** One client of a load job: its cookie (ours) and, for a typist, the section it types into. */
export interface ClientSpec {
  cookie: string | null;
  /** Section root `section:<id>` this client types into; null for a reader. */
  sectionId: string | null;
  /**
   * A typist who may not edit its section (BENCH_SUGGESTERS): its user id as the server knows it. Every keystroke
   * then carries the `insertion` mark `{ id, author: suggestAs }`, as a stock client writes a suggestion.
   */
  suggestAs?: string;
  /** Several instances (bench/cluster.ts): which of TypingJob.instanceWsBases this client connects to. */
  instance?: number;
}

export interface LoadFixture {
  /** Room name: the document id (same shape on both servers). */
  room: string;
  clients: ClientSpec[];
}

export interface IdleFixture {
  rooms: string[];
  /** One per room (ours: one observer account per document), or null. */
  cookies: (string | null)[];
  /** Applied to each client's doc before connecting, so the baseline holds the content ours has in its store. */
  initialUpdate: number[] | null;
}

export interface HistoryFixture {
  room: string;
  sectionId: string;
  cookie: string;
  rows: number;
  /** Characters the loaded paragraph text should have once synced, to check the load is complete. */
  expectedChars: number;
  writeMs: number;
}

/** Requests the parent sends to a server child. */
export type ServerRequest =
  | { id: number; op: "setup-load"; connections: number; typists: number; suggesters?: number }
  | { id: number; op: "setup-idle"; documents: number }
  | { id: number; op: "setup-history"; edits: number }
  | { id: number; op: "count-updates"; room: string }
  | { id: number; op: "gc" }
  | { id: number; op: "loop-start" }
  | { id: number; op: "loop-stop" }
  | { id: number; op: "shutdown" };

/** The answer to "loop-stop": the server's event-loop delay since "loop-start", in ms. */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

/** The answer to "gc": the child's memory right after a full collection (null without --expose-gc). */
export interface GcResult {
  collected: boolean;
  memory: NodeJS.MemoryUsage | null;
}

/** The first message of a server child, once it listens. */
export interface ServerReady {
  type: "ready";
  port: number;
  /** ws://127.0.0.1:<port>/collab: WebsocketProvider appends `/<room>`. */
  wsBase: string;
}

export type ServerResponse =
  | { type: "response"; id: number; ok: true; result: unknown }
  | { type: "response"; id: number; ok: false; error: string };

/** Jobs the parent sends to a load child. */
export interface TypingJob {
  kind: "typing";
  wsBase: string;
  fixture: LoadFixture;
  /** Which slice of fixture.clients this process runs (for 2 load processes). */
  slice: { from: number; to: number };
  typingMs: number;
  keystrokesPerSecond: number;
  connectTimeoutMs: number;
  drainMs: number;
  connectConcurrency: number;
  /** "stock": readers are WebsocketProviders like the typists; "light": see bench/lightReader.ts. */
  readers: ReaderKind;
  /** Several instances: the collab base of each; a client with `instance` set connects there, not to wsBase. */
  instanceWsBases?: string[];
}

export type ReaderKind = "stock" | "light";

export interface IdleJob {
  kind: "idle";
  wsBase: string;
  fixture: IdleFixture;
  connectTimeoutMs: number;
  connectConcurrency: number;
}

export interface ConnectOnceJob {
  kind: "connect-once";
  wsBase: string;
  room: string;
  cookie: string | null;
  sectionId: string;
  timeoutMs: number;
}

export type LoadJob = TypingJob | IdleJob | ConnectOnceJob;

/** Parent → load child control messages after the job was sent. */
export type LoadControl = { type: "start"; atMs: number } | { type: "abort" } | { type: "release" };

export interface ConnectReport {
  type: "connected";
  attempted: number;
  synced: number;
  /** Close codes / errors seen for clients that did not sync. */
  failures: string[];
  /** Connect-to-synced times in ms, per synced client. */
  syncMs: { p50: number; p95: number; max: number };
  /** Wall time from first connect to all synced. */
  allSyncedMs: number;
}

export interface TypingResult {
  type: "typing-result";
  /** Keystrokes the schedule asked for in the window, and those the typists managed to send. */
  keystrokesScheduled: number;
  keystrokesSent: number;
  /** Readers in this load process. */
  readers: number;
  expectedDeliveries: number;
  deliveries: number;
  /** End-to-end keystroke latencies (ms), mergeable across load processes. */
  latency: HistogramData;
  /** How late the load generator sent keystrokes against their schedule (ms): a load-generator health signal. */
  sendLag: { p50: number; p99: number; max: number };
  /** Event-loop delay of the load process during typing (ms). */
  eventLoopDelay: { p50: number; p99: number; max: number };
  /** Load process CPU over the typing window, % of one core. */
  loadCpuPercent: number;
  /** Disconnects / reconnects during typing, and messages the stock client has no handler for (refusals apart). */
  disconnects: number;
  unknownMessages: number;
  /** Readers whose text differs from the typists' after draining (sampled). */
  contentMismatches: number;
  typingWindowMs: number;
  /** Refused messages (type 100) the server sent to this process's clients, and the first one's payload. */
  refusals: number;
  firstRefusal: string | null;
  /** The same keystrokes split by who typed them: section owners, and suggesters (BENCH_SUGGESTERS). */
  roles: Record<TypistRole, RoleResult>;
  /** Several instances: latencies split by whether the reader is on the typist's instance, and deliveries per instance. */
  routes?: RouteLatencies;
}

export type TypistRole = "owners" | "suggesters";

export interface RoleResult {
  keystrokes: number;
  expectedDeliveries: number;
  deliveries: number;
  latency: HistogramData;
}

export interface RouteLatencies {
  same: HistogramData;
  cross: HistogramData;
  /** Deliveries to the readers connected to each instance (index as in instanceWsBases). */
  deliveriesByInstance: number[];
}

export interface ConnectOnceResult {
  type: "connect-once-result";
  ok: boolean;
  error: string | null;
  syncMs: number;
  chars: number;
}

export type LoadEvent =
  | ConnectReport
  | { type: "typing-start"; atMs: number }
  | { type: "typing-end"; atMs: number }
  | TypingResult
  | ConnectOnceResult
  | { type: "error"; error: string };

/** `performance.timeOrigin + performance.now()`: comparable across processes on one machine. */
export const nowMs = (): number => performance.timeOrigin + performance.now();

/** The paragraph a typist owns, as y-prosemirror writes it: <paragraph> with one XmlText inside. */
export const PARAGRAPH = "paragraph";
