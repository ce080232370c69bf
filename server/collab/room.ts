import * as Y from "yjs";
import type { Store } from "../store/store";
import type { Clock } from "../clock";
import type { Logger } from "../log";
import { CLOSE, sectionIdOfRoot, type RefusedMessage } from "../../shared/collab/protocol";
import { settleSection } from "../../shared/editor/content";
import { checkUpdate, refusedSection, type Refusal } from "./updateGuard";
import { refusedFrame, syncStep2Frame, updateFrame } from "./messages";
import { refusalMessage } from "./refusalMessages";
import { loadSectionFacts, rootRefusal, suggestsIn, type SectionFacts } from "./sectionFacts";
import { SuggestionGate } from "./suggestionGate";
import { ApprovalHolds } from "./approvalHolds";
import { ClientClaims } from "./clientClaims";
import { AwarenessRelay, type PresenceLimits, type PresenceVerdict } from "./awarenessRelay";
import { RoundPacer, DEFAULT_PACING } from "./roundPacer";
import { ApprovedMeanwhile, applyLog, persistBatch, type PendingUpdate } from "./updateLog";
import { LogFollower } from "./logFollower";
import type { Participant } from "./participant";
import type { ClusterBus, DocumentChannel } from "../cluster/bus";

export type { Participant } from "./participant";
export type { SectionFacts } from "./sectionFacts";

export interface RoomLimits {
  /** ClientIDs one connection may write or announce presence with. */
  maxClientIdsPerConnection: number;
  presence: PresenceLimits;
  /** A document's stored state may not grow past this (bytes); an update that would is refused. */
  documentQuotaBytes: number;
}

export interface RoomOptions {
  store: Store;
  clock: Clock;
  log: Logger;
  /**
   * The longest updates gather before one store-and-broadcast round. The actual gap between rounds is
   * proportional to what the last rounds cost (see RoundPacer), up to this.
   */
  flushWindowMs: number;
  /** Log entries past which the log is folded into one snapshot. */
  compactAfter: number;
  limits: RoomLimits;
  /**
   * Yjs's applyUpdate, unless a test replaces it to make an apply fail half-way (the guard leaves no known way
   * to do that) and prove that such a failure leaves nothing behind.
   */
  applyUpdate?: (doc: Y.Doc, update: Uint8Array, origin: unknown) => void;
  /**
   * Someone's accepted update made new suggestions (per section root, their ids): the composition root records
   * who made them and when, in the server-written `suggestions` root.
   */
  onSuggestionsAdded?(room: DocumentRoom, participant: Participant, added: ReadonlyMap<string, string[]>): void;
  /**
   * Several instances: what this room stores goes to the others' rooms of the same document, and theirs comes
   * here (see LogFollower). Absent or solo: one process.
   */
  bus?: ClusterBus;
  /**
   * Several instances: who owns these clientIDs in the document, claiming the unowned ones for `userId` in the
   * shared database first (two instances never hand one clientID to two people).
   */
  claimClients?(documentId: string, userId: string, clientIds: readonly number[]): Promise<Map<number, string>>;
  /** Automatic versions: at most one per interval while people are editing. */
  autoVersion?: {
    intervalMs: number;
    lastVersionAt(documentId: string): Promise<number>;
    save(documentId: string, state: Uint8Array): Promise<void>;
  };
}

const TOUCH_EVERY_MS = 30_000;
/** Transaction origin of changes the server makes itself. */
export const SERVER_ORIGIN = "server";
/** Transaction origin of what another instance stored (or this one reads back from the log). */
const STORED_ORIGIN = "stored";
/** How long a gap in the rounds heard from other instances may wait for the message in flight. */
const GAP_WAIT_MS = 250;
const RETRY_MS = [100, 500, 2000, 5000];

/**
 * One open document: its Y.Doc, the people connected, and the rounds that store and then broadcast what they
 * send. The room keeps the sequence; the jobs have their own homes: the guard (updateGuard), clientID claims
 * (ClientClaims), presence (AwarenessRelay), pacing (RoundPacer) and the log (updateLog).
 *
 * Updates are checked and applied as they arrive, stored together in the next round, and only then broadcast:
 * what any client has received is on disk.
 */
export class DocumentRoom {
  readonly doc = new Y.Doc({ gc: true });
  readonly participants = new Set<Participant>();
  /** Set when storing failed; cleared by the next successful round. */
  storageError: string | null = null;
  /**
   * Set when applying an accepted update failed half-way (the guard's job is to make that impossible): the doc
   * may hold what was never stored, so nobody may read it any more. The manager hands out a fresh room.
   */
  broken = false;

  private readonly presence: AwarenessRelay;
  private readonly suggestionGate = new SuggestionGate(this.doc);
  private readonly pacer: RoundPacer;
  private sections = new Map<string, SectionFacts>();
  private readonly approvals = new ApprovalHolds();
  private claims = new ClientClaims(new Map(), 1);
  private pending: PendingUpdate[] = [];
  private waitingForFlush: Array<() => void> = [];
  private syncRequests: Array<{ participant: Participant; stateVector: Uint8Array }> = [];
  private timer: { cancel(): void } | null = null;
  private flushing: Promise<void> | null = null;
  private failures = 0;
  private logEntries = 0;
  /** Bytes of the stored log (rows since the last snapshot, and the snapshot). */
  private storedBytes = 0;
  private pendingBytes = 0;
  private closed = false;
  private lastVersionAt = 0;
  private lastTouchedAt = 0;
  /** Sections changed in their elements or attributes since the last round (settled by the next). */
  private unsettled = new Set<string>();
  /** The rounds of the log this room holds (set by load). */
  private follower = new LogFollower(0, { gapWaitMs: GAP_WAIT_MS, apply: () => {}, catchUp: async (head) => head, onError: () => {} });
  private channel: DocumentChannel | null = null;
  /** Rounds heard from other instances while loading, applied once the log is read. */
  private heardWhileLoading: Array<[number, Uint8Array]> | null = [];

  constructor(
    readonly documentId: string,
    private readonly options: RoomOptions,
  ) {
    this.presence = new AwarenessRelay(this.doc, options.limits.presence, options.flushWindowMs, (frame) => this.broadcast(frame),
      options.bus?.shared ? (update) => this.channel?.publishPresence(update) : undefined,
    );
    this.pacer = new RoundPacer({ ...DEFAULT_PACING, windowMs: options.flushWindowMs }, performance.now());
  }

  get awareness() {
    return this.presence.awareness;
  }

  /** The last round of the log this room holds every round up to. */
  get head(): number {
    return this.follower.head;
  }

  /** Reads the document's state, section facts and clientID owners from storage. */
  async load(): Promise<void> {
    const { store, bus } = this.options;
    if (bus?.shared) {
      // Heard from before the log is read: no round stored meanwhile can fall between the two.
      this.channel = bus.joinDocument(this.documentId, {
        round: (round, update) => this.hearRound(round, update),
        presence: (update) => this.presence.hear(update),
        sectionsChanged: () => void this.readSections().catch((error: Error) => this.options.log.error("sections_refresh_failed", { documentId: this.documentId, error: error.message })),
      });
      await this.channel.ready;
    }
    const rows = await store.documents.updates(this.documentId);
    await applyLog(this.doc, rows);
    // Rounds commit in order (each takes the document's row lock), so one read holds every round up to its last.
    this.follower = new LogFollower(
      rows.reduce((head, row) => Math.max(head, row.round), 0),
      {
        gapWaitMs: GAP_WAIT_MS,
        apply: (update) => this.applyStored(update),
        catchUp: (head) => this.readLogAfter(head),
        onError: (error) => this.options.log.error("log_catch_up_failed", { documentId: this.documentId, error: error.message }),
      },
    );
    const heard = this.heardWhileLoading ?? [];
    this.heardWhileLoading = null;
    for (const [round, update] of heard) this.hearRound(round, update);
    this.logEntries = rows.length;
    this.storedBytes = rows.reduce((n, row) => n + row.data.byteLength, 0);
    this.claims = new ClientClaims(
      await store.documents.clientOwners(this.documentId),
      this.options.limits.maxClientIdsPerConnection,
      new Set([this.doc.clientID]),
    );
    this.lastVersionAt = (await this.options.autoVersion?.lastVersionAt(this.documentId)) ?? 0;
    await this.readSections();
    if (this.logEntries > this.options.compactAfter) await this.compact(rows.at(-1)!.seq);
  }

  /**
   * Re-reads owner groups and statuses after a change to them: the guard follows at once, here and (told
   * through the bus) on every other instance that has the document open.
   */
  async refreshSections(): Promise<void> {
    await this.readSections();
    this.channel?.publishSectionsChanged();
  }

  private async readSections(): Promise<void> {
    this.sections = this.approvals.applyTo(await loadSectionFacts(this.options.store, this.documentId));
  }

  /** A round another instance stored: applied and passed on to the people here (it is stored already). */
  private hearRound(round: number, update: Uint8Array): void {
    if (this.heardWhileLoading) {
      this.heardWhileLoading.push([round, update]);
      return;
    }
    if (this.broken || this.closed) return;
    this.follower.heard(round, update);
  }

  /** Reads the rounds after `head` from the log (what this room missed); the last round read. */
  private async readLogAfter(head: number): Promise<number> {
    const rows = await this.options.store.documents.updatesAfter(this.documentId, head);
    if (rows.length === 0 || this.broken || this.closed) return head;
    this.applyStored(rows.length === 1 ? rows[0]!.data : Y.mergeUpdates(rows.map((row) => row.data)));
    this.options.log.info("log_caught_up", { documentId: this.documentId, from: head, rows: rows.length });
    return rows.reduce((last, row) => Math.max(last, row.round), head);
  }

  /** Log rows read by someone else (in their transaction): applied here and counted as this room's rounds. */
  absorbStored(rows: readonly { data: Uint8Array; round: number }[]): void {
    if (rows.length === 0 || this.broken || this.closed) return;
    this.applyStored(rows.length === 1 ? rows[0]!.data : Y.mergeUpdates(rows.map((row) => row.data)));
    // Read in the transaction that locks the document's rounds: every round up to the last is here now.
    this.follower.caughtUpTo(rows.reduce((last, row) => Math.max(last, row.round), 0));
  }

  /**
   * Reads what the log holds beyond this room's rounds now: after Redis was away, or before checking something
   * against the latest text (an approval).
   */
  catchUp(): Promise<void> {
    return this.options.bus?.shared ? this.follower.catchUpNow() : Promise.resolve();
  }

  /** Applies stored changes and sends the people here what was new to this doc. */
  private applyStored(update: Uint8Array): void {
    const fresh: Uint8Array[] = [];
    const listener = (change: Uint8Array, origin: unknown) => {
      if (origin === STORED_ORIGIN) fresh.push(change);
    };
    this.doc.on("update", listener);
    try {
      if (!this.apply(update, STORED_ORIGIN)) return;
    } finally {
      this.doc.off("update", listener);
    }
    if (fresh.length > 0) this.broadcast(updateFrame(fresh.length === 1 ? fresh[0]! : Y.mergeUpdates(fresh)));
  }

  /**
   * Locks a section in the guard now, as approved, while its approval is being stored: the text the chair's
   * fingerprint was checked against is the text approved, and no update slips in between. Call it with no await
   * after the check. The release reads the stored status again (approved, or not if storing failed).
   */
  holdForApproval(sectionId: string): () => Promise<void> {
    this.approvals.hold(sectionId);
    this.sections = this.approvals.applyTo(this.sections);
    let released = false;
    return async () => {
      if (released) return;
      released = true;
      this.approvals.release(sectionId);
      await this.refreshSections();
    };
  }

  sectionFacts(sectionId: string): SectionFacts | undefined {
    return this.sections.get(sectionId);
  }

  join(participant: Participant): void {
    this.participants.add(participant);
  }

  leave(participant: Participant): void {
    this.participants.delete(participant);
    this.claims.release(participant);
    this.presence.leave(participant);
    this.syncRequests = this.syncRequests.filter((r) => r.participant !== participant);
  }

  /**
   * Checks an update from a client and applies it if allowed. Returns the refusal, or null when accepted. With
   * several instances, an update that needs something from the shared database first (a clientID nobody here
   * knows yet, or changes another instance stored that this room has not heard of) is checked again once that is
   * read: the promise says when, and the connection holds the sender's next messages until then.
   */
  receiveUpdate(participant: Participant, update: Uint8Array, attempt = 0): Refusal | null | Promise<Refusal | null> {
    if (this.broken) return null;
    const unknownClients: number[] = [];
    const shared = this.options.bus?.shared === true && attempt < 2;
    const verdict = checkUpdate(this.doc, update, {
      rootRefusal: (root) => rootRefusal(this.sections, participant.actor, root),
      suggestsIn: (root) => suggestsIn(this.sections, participant.actor, root),
      mayUseClient: (clientId) => {
        if (shared && this.options.claimClients && !this.claims.knows(clientId)) {
          unknownClients.push(clientId);
          return false;
        }
        return this.claims.mayUse(participant, clientId);
      },
    });
    if (!verdict.ok && shared && verdict.reason === "foreign_client_id" && unknownClients.length > 0) {
      return this.options.claimClients!(this.documentId, participant.userId, unknownClients).then((owners) => {
        this.claims.learn(owners);
        return this.receiveUpdate(participant, update, attempt + 1);
      });
    }
    if (!verdict.ok && shared && verdict.reason === "pending_structs") {
      // It builds on changes stored through another instance that have not reached this room yet (a client
      // that moved here when its instance stopped): read them from the log, then check once more.
      return this.catchUp().then(() => this.receiveUpdate(participant, update, attempt + 1));
    }
    if (!verdict.ok) return this.refuse(participant, verdict);
    if (!verdict.changes) return null;
    let added: Map<string, string[]> | null = null;
    if (verdict.suggestionChecks.length > 0) {
      const gate = this.suggestionGate.check(verdict.update, verdict.suggestionChecks, participant.userId);
      if (gate.refusal) return this.refuse(participant, { ok: false, reason: gate.refusal.reason, rootName: gate.refusal.root, detail: gate.refusal.detail });
      if (gate.added.size > 0) added = gate.added;
    }
    const size = verdict.update.byteLength;
    if (this.storedBytes + this.pendingBytes + size > this.options.limits.documentQuotaBytes) {
      return this.refuse(participant, { ok: false, reason: "document_full", rootName: verdict.roots[0] ?? null, detail: `${this.storedBytes + this.pendingBytes} bytes stored` });
    }
    if (!this.apply(verdict.update, participant)) return null;
    for (const clientId of verdict.clients) this.claims.own(participant, clientId);
    this.enqueue({
      update: verdict.update,
      userId: participant.userId,
      clientId: verdict.clients[0] ?? null,
      sections: verdict.roots.map(sectionIdOfRoot).filter((id): id is string => id !== null),
    });
    if (verdict.structural) for (const root of verdict.roots) if (sectionIdOfRoot(root)) this.unsettled.add(root);
    if (added) this.options.onSuggestionsAdded?.(this, participant, added);
    return null;
  }

  /**
   * Applies a checked update whole or marks the room broken. The guard replays Yjs's own integration order, so
   * a throw or a pending struct here means a case it does not know: the doc then holds part of an update that
   * will never be stored, and must not be read again (see `breakDown`).
   */
  private apply(update: Uint8Array, origin: unknown): boolean {
    try {
      (this.options.applyUpdate ?? Y.applyUpdate)(this.doc, update, origin);
      if (this.doc.store.pendingStructs || this.doc.store.pendingDs) throw new Error("the update left pending structs");
      return true;
    } catch (error) {
      this.breakDown((error as Error).message);
      return false;
    }
  }

  /**
   * Stores what was accepted before (those updates applied whole and are valid), then closes every connection
   * with "restarting": clients reconnect to a fresh room loaded from storage and send again what it lacks.
   */
  private breakDown(error: string): void {
    this.broken = true;
    this.options.log.error("room_apply_failed", { documentId: this.documentId, error });
    this.syncRequests = [];
    for (const participant of this.participants) participant.close(CLOSE.reloading.code, CLOSE.reloading.reason);
  }

  /**
   * After changes that added or removed elements or attributes: what an editor would rewrite on reading them
   * (shared `settleSection`), the server writes itself at the start of the round that stores them, once per
   * section, so every reader receives a section its editor leaves as it is. Well-formed changes leave nothing.
   */
  private settleSections(roots: readonly string[]): void {
    const updates = this.capture(() => {
      for (const root of roots) if (sectionIdOfRoot(root)) settleSection(this.doc.getXmlFragment(root));
    }, (error) => {
      // The guard keeps out the shapes that make a reader throw; if one still does, the change stands as sent.
      this.options.log.error("section_settle_failed", { documentId: this.documentId, roots, error: error.message });
    });
    if (!updates) return;
    this.options.log.info("section_settled", { documentId: this.documentId, roots });
    this.pending.push({ update: updates, userId: null, clientId: null, sections: roots.map(sectionIdOfRoot).filter((id): id is string => id !== null) });
    this.pendingBytes += updates.byteLength;
  }

  /** Runs `change` on the doc as the server; the update it made (null if none). */
  private capture(change: () => void, onError?: (error: Error) => void): Uint8Array | null {
    const updates: Uint8Array[] = [];
    const listener = (update: Uint8Array, origin: unknown) => {
      if (origin === SERVER_ORIGIN) updates.push(update);
    };
    this.doc.on("update", listener);
    try {
      this.doc.transact(change, SERVER_ORIGIN);
    } catch (error) {
      if (!onError) throw error;
      onError(error as Error);
    } finally {
      this.doc.off("update", listener);
    }
    if (updates.length === 0) return null;
    return updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
  }

  private refuse(participant: Participant, refusal: Refusal): Refusal {
    const sectionId = refusedSection(refusal.rootName);
    const message: RefusedMessage = {
      reason: refusal.reason,
      sectionId,
      message: refusalMessage(refusal.reason, sectionId ? this.sections.get(sectionId) : undefined, participant.locale),
    };
    this.options.log.info("update_refused", { documentId: this.documentId, userId: participant.userId, reason: refusal.reason, detail: refusal.detail });
    participant.send(refusedFrame(message));
    return refusal;
  }

  /** A change made by the server itself (API actions): stored and broadcast like any other, unguarded. */
  applyServerUpdate(update: Uint8Array, userId: string | null): Promise<void> {
    if (this.broken) return Promise.reject(new Error("The document is being reloaded on the server. Try again in a moment."));
    if (this.apply(update, SERVER_ORIGIN)) this.enqueue({ update, userId, clientId: null });
    return this.whenFlushed();
  }

  /** Runs `change` on the live doc as the server, attributed to `userId`; resolves once it is stored. */
  serverChange(change: (doc: Y.Doc) => void, userId: string | null): Promise<void> {
    // A broken room's doc holds structs that are not stored; a change built on them could never be loaded.
    if (this.broken) return Promise.reject(new Error("The document is being reloaded on the server. Try again in a moment."));
    const update = this.capture(() => change(this.doc));
    if (update) this.enqueue({ update, userId, clientId: null });
    return this.whenFlushed();
  }

  private enqueue(pending: PendingUpdate): void {
    this.pending.push(pending);
    this.pendingBytes += pending.update.byteLength;
    this.scheduleFlush();
  }

  /**
   * Answers a client's sync step 1 with what it lacks, counting only what is stored: with updates waiting,
   * the answer is computed when the next batch is taken and sent once that batch is on disk.
   */
  requestSync(participant: Participant, stateVector: Uint8Array): void {
    if (this.broken) return;
    if (this.pending.length === 0 && !this.flushing) {
      participant.send(syncStep2Frame(Y.encodeStateAsUpdate(this.doc, stateVector)));
      return;
    }
    this.syncRequests.push({ participant, stateVector });
    this.scheduleFlush();
  }

  receiveAwareness(participant: Participant, update: Uint8Array): PresenceVerdict {
    return this.presence.receive(participant, update, this.claims);
  }

  /** The awareness states of everyone here, for a newcomer. */
  awarenessSnapshot(): Uint8Array | null {
    return this.presence.snapshot();
  }

  /** Resolves once everything received so far is stored (or the room closes). */
  whenFlushed(): Promise<void> {
    if (this.pending.length === 0 && !this.flushing) return Promise.resolve();
    return new Promise((resolve) => this.waitingForFlush.push(resolve));
  }

  get hasUnsavedChanges(): boolean {
    return this.pending.length > 0 || this.flushing !== null;
  }

  /** Group commit, paced by what rounds cost (RoundPacer); `delay` overrides the pacing (storage back-off). */
  private scheduleFlush(delay?: number): void {
    if (this.timer || this.closed) return;
    const wait = delay ?? this.pacer.delayAt(performance.now());
    const run = () => {
      this.timer = null;
      // A round in flight schedules the next when it ends.
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
    if (this.unsettled.size > 0 && !this.broken) {
      const roots = [...this.unsettled];
      this.unsettled.clear();
      this.settleSections(roots);
    }
    if (this.pending.length === 0 && this.syncRequests.length === 0) return this.resolveFlushWaiters();
    const batch = this.pending;
    const batchBytes = this.pendingBytes;
    const owners = this.claims.takeUnsaved();
    this.pending = [];
    this.pendingBytes = 0;
    // Taken together with the batch: the doc now holds exactly what will be stored once this round succeeds.
    const requests = this.syncRequests;
    const replies = requests.map(({ participant, stateVector }) => ({
      participant,
      frame: syncStep2Frame(Y.encodeStateAsUpdate(this.doc, stateVector)),
    }));
    this.syncRequests = [];
    const merged = batch.length > 0 ? Y.mergeUpdates(batch.map((p) => p.update)) : null;
    const now = this.options.clock.now();
    // Taken now, while the doc holds exactly what this round stores; saved once it is stored. A broken room's
    // doc holds more than its batch, so it takes neither a version nor a snapshot.
    const autoVersion = this.options.autoVersion;
    const versionState =
      autoVersion && !this.broken && batch.some((p) => p.sections && p.sections.length > 0) && now - this.lastVersionAt >= autoVersion.intervalMs
        ? Y.encodeStateAsUpdate(this.doc)
        : null;
    const snapshot = !this.broken && this.logEntries + batch.length > this.options.compactAfter ? Y.encodeStateAsUpdate(this.doc) : null;
    this.flushing = (async () => {
      try {
        if (batch.length > 0) {
          const touch = now - this.lastTouchedAt >= TOUCH_EVERY_MS;
          const stored = await persistBatch(
            { store: this.options.store, documentId: this.documentId, now, snapshot, touch, head: this.follower.head, checkApproved: this.options.bus?.shared === true },
            batch,
            owners,
          );
          if (touch) this.lastTouchedAt = now;
          this.logEntries = stored.compacted ? 1 : this.logEntries + stored.rows;
          this.storedBytes = stored.compacted ? stored.bytes : this.storedBytes + stored.bytes;
          this.follower.stored(stored.round);
          if (merged) this.channel?.publishRound(stored.round, merged);
        }
        this.failures = 0;
        this.storageError = null;
      } catch (error) {
        if (error instanceof ApprovedMeanwhile) return this.dropApprovedMeanwhile(error, batch, owners);
        // Keep everything in memory and in order, tell the health endpoint, and try again.
        this.pending = [...batch, ...this.pending];
        this.pendingBytes += batchBytes;
        this.claims.putBack(owners);
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
    this.pacer.roundEnded(started, performance.now());
    if (this.pending.length > 0 || this.syncRequests.length > 0) this.scheduleFlush();
    else this.resolveFlushWaiters();
  }

  /**
   * Another instance approved a section while this one accepted changes to it (its guard heard too late): those
   * changes are not stored, nobody received them, and this doc holds them, so the room reloads. The rest of the
   * batch is stored as usual; clients reconnect and send again what they have, and the guard, now knowing the
   * section is approved, refuses the change with a message to its writer.
   */
  private dropApprovedMeanwhile(error: ApprovedMeanwhile, batch: PendingUpdate[], owners: ReturnType<ClientClaims["takeUnsaved"]>): void {
    const approved = new Set(error.sectionIds);
    const kept = [...batch, ...this.pending].filter((p) => !(p.sections ?? []).some((id) => approved.has(id)));
    this.pending = kept;
    this.pendingBytes = kept.reduce((n, p) => n + p.update.byteLength, 0);
    this.claims.putBack(owners);
    this.options.log.info("changes_to_approved_section_dropped", { documentId: this.documentId, sections: error.sectionIds, dropped: batch.length - kept.length });
    this.breakDown(error.message);
    this.scheduleFlush(0);
  }

  private resolveFlushWaiters(): void {
    if (this.pending.length > 0 || this.flushing) return;
    const waiting = this.waitingForFlush;
    this.waitingForFlush = [];
    for (const resolve of waiting) resolve();
  }

  /**
   * Folds the log read at load into one snapshot. The document's row lock makes instances take turns; one that
   * finds the rows already folded (another instance did it) leaves them.
   */
  private async compact(upToSeq: number): Promise<void> {
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    const now = this.options.clock.now();
    const round = this.follower.head;
    const done = await this.options.store.transaction(async (tx) => {
      await tx.documents.lockHead(this.documentId);
      if ((await tx.documents.countUpTo(this.documentId, upToSeq)) <= 1) return false;
      await tx.documents.compact(this.documentId, upToSeq, snapshot, now, round);
      return true;
    });
    if (!done) return;
    this.logEntries = 1;
    this.storedBytes = snapshot.byteLength;
  }

  private broadcast(frame: Uint8Array): void {
    if (this.broken) return;
    for (const participant of this.participants) participant.send(frame);
  }

  /** Stores what is waiting and stops; the room is not used afterwards. */
  async close(): Promise<void> {
    this.cancelTimer();
    await this.flush();
    this.closed = true;
    this.cancelTimer();
    if (this.pending.length > 0) {
      this.options.log.error("unsaved_at_close", { documentId: this.documentId, updates: this.pending.length, error: this.storageError });
    }
    this.follower.close();
    this.channel?.leave();
    this.presence.close();
    this.suggestionGate.close();
    this.doc.destroy();
    this.resolveFlushWaiters();
  }
}

