import * as Y from "yjs";
import * as awarenessProtocol from "y-protocols/awareness";
import type { Store } from "../store/store";
import type { Clock } from "../clock";
import type { Logger } from "../log";
import { canEditSection, type Actor, type SectionStatus } from "../../shared/rights";
import { isServerRoot, sectionIdOfRoot, type PresenceUser, type RefusalReason, type RefusedMessage } from "../../shared/collab/protocol";
import { checkUpdate, refusedSection, type Refusal } from "./updateGuard";
import { awarenessFrame, readAwarenessUpdate, refusedFrame, syncStep2Frame, updateFrame, writeAwarenessUpdate } from "./messages";
import { refusalMessage } from "./refusalMessages";
import { settleSection } from "../../shared/editor/content";

/** A connection as its document's room sees it. */
export interface Participant {
  readonly userId: string;
  readonly sessionId: string;
  /** Rights as of now: replaced when an admin changes the person's role or groups. */
  actor: Actor;
  readonly presence: PresenceUser;
  /** Yjs clientIDs this connection writes with. */
  readonly claimed: Set<number>;
  /** Awareness clientIDs this connection announced. */
  readonly awarenessIds: Set<number>;
  send(frame: Uint8Array): void;
}

export interface SectionFacts {
  title: string;
  ownerGroupId: string;
  ownerGroupName: string;
  status: SectionStatus;
}

export interface RoomOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  /**
   * The longest updates gather before one store-and-broadcast round. The actual gap between rounds is
   * proportional to what the last round cost (see `scheduleFlush`), up to this.
   */
  flushWindowMs: number;
  /** Log entries past which the log is folded into one snapshot. */
  compactAfter: number;
  /** Automatic versions: at most one per interval while people are editing. */
  autoVersion?: {
    intervalMs: number;
    lastVersionAt(documentId: string): Promise<number>;
    save(documentId: string, state: Uint8Array): Promise<void>;
  };
}

interface PendingUpdate {
  update: Uint8Array;
  userId: string | null;
  clientId: number | null;
  /** Sections a person's update changed, for the activity summary. */
  sections?: string[];
}

const HOUR = 3_600_000;
const LOAD_CHUNK = 5000;
const TOUCH_EVERY_MS = 30_000;

const MAX_AWARENESS_STATE = 16 * 1024;
/** Transaction origin of changes the server makes itself. */
export const SERVER_ORIGIN = "server";
const RETRY_MS = [100, 500, 2000, 5000];
/**
 * Rounds may take at most this share of the time (a token bucket over wall time, filled at this rate and spent
 * by each round's cost): the rest is for reading what arrives, however many people are connected. Half measured
 * best at 100 to 500 connections (docs/BENCHMARKS.md).
 */
const ROUND_DUTY = 1 / 2;
/** How much round time a quiet room may spend at once before rounds are spaced out. */
const ROUND_BURST_MS = 20;

/**
 * One open document: its Y.Doc, the people connected, and the flush window. Updates are checked and applied
 * as they arrive, stored together at the end of the window, and only then broadcast: what any client has
 * received is on disk.
 */
export class DocumentRoom {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly participants = new Set<Participant>();
  /** Set when storing failed; cleared by the next successful flush. */
  storageError: string | null = null;

  private sections = new Map<string, SectionFacts>();
  private clientOwners = new Map<number, string>();
  private claims = new Map<number, Participant>();
  private pending: PendingUpdate[] = [];
  private newOwners: { clientId: number; userId: string }[] = [];
  private waitingForFlush: Array<() => void> = [];
  private syncRequests: Array<{ participant: Participant; stateVector: Uint8Array }> = [];
  private timer: { cancel(): void } | null = null;
  private flushing: Promise<void> | null = null;
  private failures = 0;
  private logEntries = 0;
  private closed = false;
  private lastVersionAt = 0;
  /** Round time this room may spend now (ms), and when that was last brought up to date (performance.now()). */
  private roundBudgetMs = ROUND_BURST_MS;
  private roundBudgetAt = 0;
  private lastTouchedAt = 0;
  private awarenessChanged = new Set<number>();
  /** Sections changed in their elements or attributes since the last round (settled by the next). */
  private unsettled = new Set<string>();
  private awarenessTimer: NodeJS.Timeout | null = null;

  constructor(
    readonly documentId: string,
    private readonly options: RoomOptions,
  ) {
    this.awareness.setLocalState(null);
    this.awareness.on("update", ({ added, updated, removed }: Record<string, number[]>, _origin: unknown) => {
      for (const id of [...added!, ...updated!, ...removed!]) this.awarenessChanged.add(id);
      this.scheduleAwareness();
    });
  }

  /**
   * Presence changes go out together, at most once per window: clients renew their state every 15 s, and
   * hundreds that connected together would otherwise each cost a frame to every connection at the same moment.
   */
  private scheduleAwareness(): void {
    if (this.awarenessTimer || this.closed || this.awarenessChanged.size === 0) return;
    this.awarenessTimer = setTimeout(() => {
      this.awarenessTimer = null;
      const changed = [...this.awarenessChanged];
      this.awarenessChanged.clear();
      if (this.closed || changed.length === 0) return;
      this.broadcast(awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
    }, this.options.flushWindowMs);
  }

  /** Reads the document's state, section facts and clientID owners from storage. */
  async load(): Promise<void> {
    const { store } = this.options;
    const rows = await store.documents.updates(this.documentId);
    // One transaction per chunk applies a long log in a fraction of the time Y.mergeUpdates takes over all of it,
    // and the pause between chunks keeps every other connection served while a large history loads.
    for (let start = 0; start < rows.length; start += LOAD_CHUNK) {
      if (start > 0) await new Promise((resolve) => setImmediate(resolve));
      this.doc.transact(() => {
        for (const row of rows.slice(start, start + LOAD_CHUNK)) Y.applyUpdate(this.doc, row.data, "storage");
      }, "storage");
    }
    this.logEntries = rows.length;
    this.clientOwners = await store.documents.clientOwners(this.documentId);
    this.lastVersionAt = (await this.options.autoVersion?.lastVersionAt(this.documentId)) ?? 0;
    await this.refreshSections();
    if (this.logEntries > this.options.compactAfter) await this.compact(rows.at(-1)!.seq);
  }

  /** Re-reads owner groups and statuses: the guard follows changes at once. */
  async refreshSections(): Promise<void> {
    const { store } = this.options;
    const rows = await store.documents.sections([this.documentId]);
    const groups = new Map((await store.groups.byIds([...new Set(rows.map((r) => r.owner_group_id))])).map((g) => [g.id, g]));
    this.sections = new Map(
      rows.map((r) => [r.id, { title: r.title, ownerGroupId: r.owner_group_id, ownerGroupName: groups.get(r.owner_group_id)?.name ?? "its group", status: r.status }]),
    );
  }

  sectionFacts(sectionId: string): SectionFacts | undefined {
    return this.sections.get(sectionId);
  }

  join(participant: Participant): void {
    this.participants.add(participant);
  }

  leave(participant: Participant): void {
    this.participants.delete(participant);
    for (const clientId of participant.claimed) if (this.claims.get(clientId) === participant) this.claims.delete(clientId);
    if (participant.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...participant.awarenessIds], participant);
    }
    this.syncRequests = this.syncRequests.filter((r) => r.participant !== participant);
  }

  private rootRefusal(actor: Actor, rootName: string): RefusalReason | null {
    if (isServerRoot(rootName)) return "server_root";
    const sectionId = sectionIdOfRoot(rootName);
    const facts = sectionId ? this.sections.get(sectionId) : undefined;
    if (!facts) return "unknown_root";
    if (canEditSection(actor, facts)) return null;
    return facts.status === "approved" ? "section_approved" : "section_not_writable";
  }

  private mayUseClient(participant: Participant, clientId: number): boolean {
    const owner = this.clientOwners.get(clientId);
    if (owner !== undefined && owner !== participant.userId) return false;
    const holder = this.claims.get(clientId);
    // Another live connection of the same person (a reconnect racing its old socket) may hand it over.
    return !holder || holder === participant || holder.userId === participant.userId;
  }

  private claim(participant: Participant, clientId: number): void {
    const holder = this.claims.get(clientId);
    if (holder === participant) return;
    holder?.claimed.delete(clientId);
    this.claims.set(clientId, participant);
    participant.claimed.add(clientId);
  }

  /** Checks an update from a client; applies it if allowed. Returns the refusal, or null when accepted. */
  receiveUpdate(participant: Participant, update: Uint8Array): Refusal | null {
    const verdict = checkUpdate(this.doc, update, {
      rootRefusal: (root) => this.rootRefusal(participant.actor, root),
      mayUseClient: (clientId) => this.mayUseClient(participant, clientId),
    });
    if (!verdict.ok) {
      this.refuse(participant, verdict);
      return verdict;
    }
    if (!verdict.changes) return null;
    for (const clientId of verdict.clients) {
      this.claim(participant, clientId);
      if (!this.clientOwners.has(clientId)) {
        this.clientOwners.set(clientId, participant.userId);
        this.newOwners.push({ clientId, userId: participant.userId });
      }
    }
    Y.applyUpdate(this.doc, update, participant);
    if (this.doc.store.pendingStructs || this.doc.store.pendingDs) {
      // The guard's job is to make this impossible; if it ever happens, do not keep half an update around.
      this.options.log.error("guard_missed_pending", { documentId: this.documentId, userId: participant.userId });
      this.doc.store.pendingStructs = null;
      this.doc.store.pendingDs = null;
    }
    this.pending.push({
      update,
      userId: participant.userId,
      clientId: verdict.clients[0] ?? null,
      sections: verdict.roots.map(sectionIdOfRoot).filter((id): id is string => id !== null),
    });
    if (verdict.structural) for (const root of verdict.roots) if (sectionIdOfRoot(root)) this.unsettled.add(root);
    this.scheduleFlush();
    return null;
  }

  /**
   * After changes that added or removed elements or attributes: what an editor would rewrite on reading them
   * (shared `settleSection`), the server writes itself at the start of the round that stores them, once per
   * section, so every reader receives a section its editor leaves as it is. Well-formed changes leave nothing.
   */
  private settleSections(roots: readonly string[]): void {
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array) => updates.push(update);
    this.doc.on("update", capture);
    try {
      this.doc.transact(() => {
        for (const root of roots) if (sectionIdOfRoot(root)) settleSection(this.doc.getXmlFragment(root));
      }, SERVER_ORIGIN);
    } catch (error) {
      // The guard keeps out the shapes that make a reader throw; if one still does, the change stands as sent.
      this.options.log.error("section_settle_failed", { documentId: this.documentId, roots, error: (error as Error).message });
    } finally {
      this.doc.off("update", capture);
    }
    if (updates.length === 0) return;
    this.options.log.info("section_settled", { documentId: this.documentId, roots });
    this.pending.push({ update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), userId: null, clientId: null });
  }

  private refuse(participant: Participant, refusal: Refusal): void {
    const sectionId = refusedSection(refusal.rootName);
    const message: RefusedMessage = {
      reason: refusal.reason,
      sectionId,
      message: refusalMessage(refusal.reason, sectionId ? this.sections.get(sectionId) : undefined),
    };
    this.options.log.info("update_refused", { documentId: this.documentId, userId: participant.userId, reason: refusal.reason, detail: refusal.detail });
    participant.send(refusedFrame(message));
  }

  /** A change made by the server itself (API actions): stored and broadcast like any other, unguarded. */
  applyServerUpdate(update: Uint8Array, userId: string | null): Promise<void> {
    Y.applyUpdate(this.doc, update, SERVER_ORIGIN);
    this.pending.push({ update, userId, clientId: null });
    this.scheduleFlush();
    return this.whenFlushed();
  }

  /** Runs `change` on the live doc as the server, attributed to `userId`; resolves once it is stored. */
  serverChange(change: (doc: Y.Doc) => void, userId: string | null): Promise<void> {
    const updates: Uint8Array[] = [];
    const capture = (update: Uint8Array, origin: unknown) => {
      if (origin === SERVER_ORIGIN) updates.push(update);
    };
    this.doc.on("update", capture);
    try {
      this.doc.transact(() => change(this.doc), SERVER_ORIGIN);
    } finally {
      this.doc.off("update", capture);
    }
    if (updates.length > 0) {
      this.pending.push({ update: updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates), userId, clientId: null });
      this.scheduleFlush();
    }
    return this.whenFlushed();
  }

  /**
   * Answers a client's sync step 1 with what it lacks, counting only what is stored: with updates waiting,
   * the answer is computed when the next batch is taken and sent once that batch is on disk.
   */
  requestSync(participant: Participant, stateVector: Uint8Array): void {
    if (this.pending.length === 0 && !this.flushing) {
      participant.send(syncStep2Frame(Y.encodeStateAsUpdate(this.doc, stateVector)));
      return;
    }
    this.syncRequests.push({ participant, stateVector });
    this.scheduleFlush();
  }

  receiveAwareness(participant: Participant, update: Uint8Array): boolean {
    const entries = readAwarenessUpdate(update);
    if (entries.some((entry) => !this.mayUseClient(participant, entry.clientId))) return false;
    const stamped = [];
    for (const entry of entries) {
      // Announcing presence under a clientID claims it, as writing with it does.
      this.claim(participant, entry.clientId);
      if (entry.state.length > MAX_AWARENESS_STATE) return false;
      let state: unknown = JSON.parse(entry.state);
      if (state !== null) {
        if (typeof state !== "object" || Array.isArray(state)) return false;
        // The server's truth about who this is, whatever the client claimed.
        state = { ...(state as Record<string, unknown>), user: participant.presence };
        participant.awarenessIds.add(entry.clientId);
      }
      stamped.push({ ...entry, state: JSON.stringify(state) });
    }
    awarenessProtocol.applyAwarenessUpdate(this.awareness, writeAwarenessUpdate(stamped), participant);
    return true;
  }

  /** The awareness states of everyone here, for a newcomer. */
  awarenessSnapshot(): Uint8Array | null {
    const ids = [...this.awareness.getStates().keys()];
    return ids.length > 0 ? awarenessFrame(awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids)) : null;
  }

  /** Resolves once everything received so far is stored (or the room closes). */
  whenFlushed(): Promise<void> {
    if (this.pending.length === 0 && !this.flushing) return Promise.resolve();
    return new Promise((resolve) => this.waitingForFlush.push(resolve));
  }

  get hasUnsavedChanges(): boolean {
    return this.pending.length > 0 || this.flushing !== null;
  }

  /**
   * Group commit, paced by what rounds cost. While a round runs, what arrives gathers for the next one; when
   * rounds have taken less than ROUND_DUTY of the time lately, the next one runs at once, so with tens of
   * people every keystroke goes out nearly alone. With hundreds, fan-out costs milliseconds a round, the
   * budget runs out, and rounds are spaced (never more than one window apart) so updates gather into one
   * frame per connection per round and fan-out cannot take the whole CPU, which is how a plain relay falls
   * behind.
   */
  private scheduleFlush(delay?: number): void {
    if (this.timer || this.closed) return;
    const wait = delay ?? Math.min(this.options.flushWindowMs, Math.max(0, -this.refillRoundBudget() / ROUND_DUTY));
    const run = () => {
      this.timer = null;
      // A round in flight schedules the next when it ends, by the budget.
      if (!this.flushing) void this.flush();
    };
    // setTimeout rounds up to whole milliseconds (1 at least); a round due within one runs right after this turn.
    if (wait >= 1) {
      const handle = setTimeout(run, wait);
      this.timer = { cancel: () => clearTimeout(handle) };
    } else {
      const handle = setImmediate(run);
      this.timer = { cancel: () => clearImmediate(handle) };
    }
  }

  private refillRoundBudget(): number {
    const now = performance.now();
    this.roundBudgetMs = Math.min(ROUND_BURST_MS, this.roundBudgetMs + (now - this.roundBudgetAt) * ROUND_DUTY);
    this.roundBudgetAt = now;
    return this.roundBudgetMs;
  }

  private cancelTimer(): void {
    this.timer?.cancel();
    this.timer = null;
  }

  /** One round: store the batch in one transaction, then broadcast it as one frame. */
  async flush(): Promise<void> {
    if (this.flushing) {
      await this.flushing;
      if (this.pending.length > 0 || this.syncRequests.length > 0) return this.flush();
      return;
    }
    const started = performance.now();
    if (this.unsettled.size > 0) {
      const roots = [...this.unsettled];
      this.unsettled.clear();
      this.settleSections(roots);
    }
    if (this.pending.length === 0 && this.syncRequests.length === 0) return this.resolveFlushWaiters();
    const batch = this.pending;
    const owners = this.newOwners;
    this.pending = [];
    this.newOwners = [];
    // Taken together with the batch: the doc now holds exactly what will be stored once this round succeeds.
    const requests = this.syncRequests;
    const replies = requests.map(({ participant, stateVector }) => ({
      participant,
      frame: syncStep2Frame(Y.encodeStateAsUpdate(this.doc, stateVector)),
    }));
    this.syncRequests = [];
    const merged = batch.length > 0 ? Y.mergeUpdates(batch.map((p) => p.update)) : null;
    // Taken now, while the doc holds exactly what this round stores; saved once it is stored.
    const autoVersion = this.options.autoVersion;
    const now = this.options.clock.now();
    const versionState =
      autoVersion && batch.some((p) => p.sections && p.sections.length > 0) && now - this.lastVersionAt >= autoVersion.intervalMs
        ? Y.encodeStateAsUpdate(this.doc)
        : null;
    this.flushing = (async () => {
      try {
        if (batch.length > 0) await this.store(batch, owners);
        this.failures = 0;
        this.storageError = null;
      } catch (error) {
        // Keep everything in memory and in order, tell the health endpoint, and try again.
        this.pending = [...batch, ...this.pending];
        this.newOwners = [...owners, ...this.newOwners];
        this.syncRequests = [...requests, ...this.syncRequests];
        this.storageError = (error as Error).message;
        const delay = RETRY_MS[Math.min(this.failures++, RETRY_MS.length - 1)]!;
        this.options.log.error("flush_failed", { documentId: this.documentId, error: this.storageError, retryInMs: delay });
        // In place of any round already due: the back-off is the point.
        this.cancelTimer();
        this.scheduleFlush(delay);
        return;
      }
      if (merged) this.broadcast(updateFrame(merged));
      for (const { participant, frame } of replies) if (this.participants.has(participant)) participant.send(frame);
      if (versionState && autoVersion) {
        this.lastVersionAt = now;
        autoVersion.save(this.documentId, versionState).catch((error: unknown) =>
          this.options.log.error("auto_version_failed", { documentId: this.documentId, error: (error as Error).message }),
        );
      }
    })();
    await this.flushing;
    this.flushing = null;
    // A round that waited long on storage costs one window's pause at most, not a debt for seconds after.
    this.roundBudgetMs = Math.max(this.refillRoundBudget() - (performance.now() - started), -this.options.flushWindowMs * ROUND_DUTY);
    if (this.pending.length > 0 || this.syncRequests.length > 0) this.scheduleFlush();
    else this.resolveFlushWaiters();
  }

  private resolveFlushWaiters(): void {
    if (this.pending.length > 0 || this.flushing) return;
    const waiting = this.waitingForFlush;
    this.waitingForFlush = [];
    for (const resolve of waiting) resolve();
  }

  private async store(batch: PendingUpdate[], owners: { clientId: number; userId: string }[]): Promise<void> {
    const now = this.options.clock.now();
    // One log entry per person per window: the log says who wrote what, and stays small.
    const byUser = new Map<string | null, PendingUpdate[]>();
    for (const p of batch) {
      const list = byUser.get(p.userId) ?? [];
      list.push(p);
      byUser.set(p.userId, list);
    }
    const rows = [...byUser].map(([userId, list]) => ({
      document_id: this.documentId,
      data: list.length === 1 ? list[0]!.update : Y.mergeUpdates(list.map((p) => p.update)),
      user_id: userId,
      client_id: list[0]!.clientId,
      created_at: now,
    }));
    const snapshot = this.logEntries + rows.length > this.options.compactAfter ? Y.encodeStateAsUpdate(this.doc) : null;
    const edits = new Map<string, { document_id: string; section_id: string; user_id: string; period_start: number; updates: number }>();
    const period = Math.floor(now / HOUR) * HOUR;
    for (const p of batch) {
      if (!p.userId || !p.sections) continue;
      for (const section of p.sections) {
        const key = `${section}\u0000${p.userId}`;
        const entry = edits.get(key) ?? { document_id: this.documentId, section_id: section, user_id: p.userId, period_start: period, updates: 0 };
        entry.updates += 1;
        edits.set(key, entry);
      }
    }
    await this.options.store.transaction(async (tx) => {
      const lastSeq = await tx.documents.appendUpdates(rows);
      if (edits.size > 0) await tx.activity.addEdits([...edits.values()]);
      if (owners.length > 0) await tx.documents.addClientOwners(this.documentId, owners, now);
      // "Last updated" needs minute precision, not a write per keystroke.
      if (now - this.lastTouchedAt >= TOUCH_EVERY_MS) {
        await tx.documents.touch(this.documentId, now);
        this.lastTouchedAt = now;
      }
      // The doc holds exactly this batch and everything before it: the snapshot can replace them all.
      if (snapshot) await tx.documents.compact(this.documentId, lastSeq, snapshot, now);
    });
    this.logEntries = snapshot ? 1 : this.logEntries + rows.length;
  }

  private async compact(upToSeq: number): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const now = this.options.clock.now();
    await this.options.store.transaction((tx) => tx.documents.compact(this.documentId, upToSeq, snapshot, now));
    this.logEntries = 1;
  }

  private broadcast(frame: Uint8Array): void {
    for (const participant of this.participants) participant.send(frame);
  }

  /** Stores what is waiting and stops; the room is not used afterwards. */
  async close(): Promise<void> {
    this.cancelTimer();
    await this.flush();
    this.closed = true;
    this.cancelTimer();
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    if (this.pending.length > 0) {
      this.options.log.error("unsaved_at_close", { documentId: this.documentId, updates: this.pending.length, error: this.storageError });
    }
    this.awareness.destroy();
    this.doc.destroy();
    this.resolveFlushWaiters();
  }
}
