import type { WebSocket } from "ws";
import * as decoding from "lib0/decoding";
import * as Y from "yjs";
import * as syncProtocol from "y-protocols/sync";
import type { Logger } from "../log";
import type { DocumentRoom, Participant } from "./room";
import { syncStep1Frame } from "./messages";
import { MessageBudget } from "./budgets";
import type { CollabLimits } from "./limits";
import { CLOSE, MESSAGE_AUTH, MESSAGE_AWARENESS, MESSAGE_QUERY_AWARENESS, MESSAGE_SYNC } from "../../shared/collab/protocol";

/** A slow reader whose unsent backlog passes this is cut off rather than held in memory. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;
const MINUTE = 60_000;
/** A refused update's bytes count this many times over against the sender's budget, itself included. */
const REFUSED_WEIGHT = 4;

export interface ConnectionIdentity {
  userId: string;
  sessionId: string;
  actor: Participant["actor"];
  locale: Participant["locale"];
  presence: Participant["presence"];
}

export interface ConnectionContext {
  log: Logger;
  limits: CollabLimits;
  /** The person's budget, shared by all their connections. */
  userBudget: MessageBudget;
  onClose(): void;
}

class MalformedMessage extends Error {}

/**
 * Speaks the y-websocket protocol with one client on one room, within its budgets: each message is charged to
 * the connection and to the person; one that must wait is handled in order once its turn comes, with the socket
 * paused meanwhile; a sender made to wait past `maxThrottleMs` is closed with a message saying why.
 */
export function serveConnection(ws: WebSocket, room: DocumentRoom, identity: ConnectionIdentity, context: ConnectionContext): Participant {
  const { log, limits } = context;
  const budget = new MessageBudget(limits.connectionRate, performance.now());
  const queue: Array<{ bytes: Uint8Array; dueAt: number }> = [];
  let drainTimer: NodeJS.Timeout | null = null;
  let refusals: number[] = [];
  let ended = false;
  /** Since when every message has had to wait for its budget (null once one goes through at once). */
  let throttledSince: number | null = null;
  /**
   * A message whose handling waits for the shared database (several instances): the sender's next messages
   * wait behind it, in order, with the socket paused.
   */
  let waiting: Promise<void> | null = null;

  const participant: Participant = {
    userId: identity.userId,
    sessionId: identity.sessionId,
    actor: identity.actor,
    locale: identity.locale,
    presence: identity.presence,
    claimed: new Set(),
    awarenessIds: new Set(),
    send(frame) {
      if (ws.readyState !== ws.OPEN) return;
      if (ws.bufferedAmount > MAX_BUFFERED_BYTES) {
        ws.close(1013, "too far behind");
        return;
      }
      ws.send(frame);
    },
    close(code, reason) {
      end();
      // A paused socket would not read the client's answer to the close frame; what it still reads is ignored.
      ws.resume();
      ws.close(code, reason);
    },
  };
  room.join(participant);

  function end(): void {
    ended = true;
    queue.length = 0;
    if (drainTimer) clearTimeout(drainTimer);
    drainTimer = null;
  }

  function closeFor(close: { code: number; reason: string }, event: string, detail: Record<string, unknown>): void {
    log.info(event, { documentId: room.documentId, userId: identity.userId, ...detail });
    participant.close(close.code, close.reason);
  }

  ws.on("message", (data, isBinary) => {
    if (ended) return;
    if (!isBinary) return closeFor(CLOSE.malformed, "collab_malformed", { error: "text frame" });
    const bytes = toBytes(data);
    const now = performance.now();
    const wait = Math.max(budget.charge(bytes.byteLength, now), context.userBudget.charge(bytes.byteLength, now));
    if (queue.length === 0 && wait === 0 && !waiting) {
      throttledSince = null;
      return handleSafely(bytes);
    }
    if (wait > 0) throttledSince ??= now;
    else if (queue.length === 0) throttledSince = null;
    if (throttledSince !== null && (wait > limits.maxThrottleMs || now - throttledSince > limits.maxThrottleMs)) {
      return closeFor(CLOSE.tooFast, "collab_too_fast", { waitMs: Math.round(wait), throttledMs: Math.round(now - throttledSince) });
    }
    queue.push({ bytes, dueAt: now + wait });
    // Stop reading while it waits: what the sender adds stays in its own buffers.
    ws.pause();
    scheduleDrain();
  });
  ws.on("close", () => {
    end();
    room.leave(participant);
    context.onClose();
  });
  ws.on("error", (error) => log.info("collab_socket_error", { documentId: room.documentId, error: error.message }));

  function scheduleDrain(): void {
    if (drainTimer || queue.length === 0 || waiting) return;
    drainTimer = setTimeout(drain, Math.max(0, queue[0]!.dueAt - performance.now()));
  }

  function drain(): void {
    drainTimer = null;
    const now = performance.now();
    while (!ended && !waiting && queue.length > 0 && queue[0]!.dueAt <= now) handleSafely(queue.shift()!.bytes);
    if (ended || waiting) return;
    if (throttledSince !== null && now - throttledSince > limits.maxThrottleMs) {
      return closeFor(CLOSE.tooFast, "collab_too_fast", { throttledMs: Math.round(now - throttledSince) });
    }
    if (queue.length > 0) scheduleDrain();
    else ws.resume();
  }

  function handleSafely(bytes: Uint8Array): void {
    const started = performance.now();
    try {
      const later = handle(bytes);
      if (later) holdFor(later);
    } catch (error) {
      closeFor(CLOSE.malformed, "collab_malformed", { error: (error as Error).message });
    }
    // What this message cost the event loop, charged to its sender: the next ones wait until it is paid.
    const now = performance.now();
    budget.chargeWork(now - started, now);
    context.userBudget.chargeWork(now - started, now);
  }

  function holdFor(later: Promise<void>): void {
    ws.pause();
    waiting = later.then(
      () => {
        waiting = null;
        if (ended) return;
        if (queue.length > 0) drain();
        else ws.resume();
      },
      (error: unknown) => {
        waiting = null;
        // The shared database did not answer: the client reconnects and sends again what was not taken.
        log.error("collab_shared_check_failed", { documentId: room.documentId, userId: identity.userId, error: (error as Error).message });
        if (!ended) participant.close(CLOSE.reloading.code, CLOSE.reloading.reason);
      },
    );
  }

  function refused(size: number): void {
    const now = performance.now();
    budget.chargeBytes(size * (REFUSED_WEIGHT - 1), now);
    context.userBudget.chargeBytes(size * (REFUSED_WEIGHT - 1), now);
    refusals = refusals.filter((at) => now - at < MINUTE);
    refusals.push(now);
    if (refusals.length > limits.maxRefusalsPerMinute) closeFor(CLOSE.tooFast, "collab_too_many_refusals", { refusals: refusals.length });
  }

  function handle(bytes: Uint8Array): Promise<void> | void {
    const decoder = decoding.createDecoder(bytes);
    const type = decoding.readVarUint(decoder);
    switch (type) {
      case MESSAGE_SYNC: {
        const step = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (step === syncProtocol.messageYjsSyncStep1) {
          Y.decodeStateVector(payload); // throws on garbage
          room.requestSync(participant, payload);
        } else if (step === syncProtocol.messageYjsSyncStep2 || step === syncProtocol.messageYjsUpdate) {
          const verdict = room.receiveUpdate(participant, payload);
          if (verdict instanceof Promise) return verdict.then((later) => void (later && !ended && refused(payload.byteLength)));
          if (verdict) refused(payload.byteLength);
        } else {
          throw new MalformedMessage(`unknown sync step ${step}`);
        }
        return;
      }
      case MESSAGE_AWARENESS: {
        const verdict = room.receiveAwareness(participant, decoding.readVarUint8Array(decoder));
        if (!verdict.ok) throw new MalformedMessage(verdict.detail);
        if (verdict.dropped > 0) log.info("awareness_dropped", { documentId: room.documentId, userId: identity.userId, entries: verdict.dropped });
        return;
      }
      case MESSAGE_QUERY_AWARENESS: {
        const snapshot = room.awarenessSnapshot();
        if (snapshot) participant.send(snapshot);
        return;
      }
      case MESSAGE_AUTH:
        return;
      default:
        throw new MalformedMessage(`unknown message type ${type}`);
    }
  }

  participant.send(syncStep1Frame(Y.encodeStateVector(room.doc)));
  const snapshot = room.awarenessSnapshot();
  if (snapshot) participant.send(snapshot);
  return participant;
}

function toBytes(data: Buffer | ArrayBuffer | Buffer[]): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
}
