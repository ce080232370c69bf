import { createHash, randomBytes } from "node:crypto";
import { createClient } from "@redis/client";
import * as encoding from "lib0/encoding";
import * as decoding from "lib0/decoding";
import type { Logger } from "../log";
import type { ClusterBus, ClusterEvent, DocumentChannel, DocumentListener, RedisHealth, SharedCommands } from "./bus";

// Several instances tell each other through Redis pub/sub: one channel per open document (stored rounds,
// presence, section changes) and one for events about people. Redis keeps nothing that matters: a message lost
// while it was away is read again from PostgreSQL (the rounds are numbered), and an instance that cannot publish
// loses nothing either, since what it publishes is stored first.

const PREFIX = "penholder:";
const EVENTS = `${PREFIX}events`;
const documentChannel = (documentId: string) => `${PREFIX}doc:${documentId}`;

const KIND_ROUND = 0;
const KIND_PRESENCE = 1;
const KIND_SECTIONS = 2;

/** Longest wait for Redis at start, before start-up fails with a message. */
const CONNECT_TIMEOUT_MS = 10_000;
/** Longest wait for a shared limit's or lock's answer before the caller falls back to this instance's own. */
const SHARED_COMMAND_TIMEOUT_MS = 1000;

export interface RedisBusOptions {
  url: string;
  log: Logger;
}

export async function createRedisBus({ url, log }: RedisBusOptions): Promise<ClusterBus> {
  const instanceId = randomBytes(6).toString("hex");
  // Reconnect forever, backing off to 2 s: an outage ends by itself and the instance serves meanwhile.
  const reconnectStrategy = (retries: number) => Math.min(50 * 2 ** retries, 2000);
  // No offline queue: a message published while Redis is away fails at once (what it said is in PostgreSQL)
  // instead of piling up in memory and arriving late.
  // Named after the instance, so an operator (or a test) can tell the instances' connections apart in CLIENT LIST.
  const commands = createClient({ url, name: `penholder-${instanceId}`, disableOfflineQueue: true, socket: { reconnectStrategy, connectTimeout: 5000 } });
  const subscriber = commands.duplicate({ name: `penholder-${instanceId}-subscriber` });
  const documents = new Map<string, Set<DocumentListener>>();
  const subscribed = new Map<string, Promise<void>>();
  const eventListeners = new Set<(event: ClusterEvent) => void>();
  const resyncListeners = new Set<() => void>();
  let lastError = "";
  let closed = false;
  /** Set after the first outage: the next "ready" means messages may have been missed. */
  let missedMessages = false;

  for (const [name, client] of [["commands", commands], ["subscriber", subscriber]] as const) {
    client.on("error", (error: Error) => {
      if (error.message === lastError) return;
      lastError = error.message;
      log.error("redis_error", { client: name, error: error.message });
    });
    client.on("reconnecting", () => {
      missedMessages = true;
    });
    client.on("ready", () => {
      lastError = "";
      if (name !== "subscriber" || !missedMessages || closed) return;
      missedMessages = false;
      log.info("redis_back", {});
      // The subscriptions come back with the connection; what was published meanwhile is in PostgreSQL.
      for (const listener of resyncListeners) listener();
    });
  }

  const connect = Promise.all([commands.connect(), subscriber.connect()]);
  const timeout = new Promise<never>((_, reject) => {
    const timer = setTimeout(() => reject(new Error(`Penholder cannot start: Redis at ${redactUrl(url)} did not answer within ${CONNECT_TIMEOUT_MS / 1000} s (${lastError || "no answer"}). Start Redis, or unset REDIS_URL to run one instance.`)), CONNECT_TIMEOUT_MS);
    timer.unref();
  });
  try {
    await Promise.race([connect, timeout]);
  } catch (error) {
    commands.destroy();
    subscriber.destroy();
    throw error;
  }

  const onDocumentMessage = (message: Buffer, channel: Buffer) => {
    const documentId = channel.toString("utf8").slice(`${PREFIX}doc:`.length);
    const listeners = documents.get(documentId);
    if (!listeners) return;
    try {
      const decoder = decoding.createDecoder(new Uint8Array(message.buffer, message.byteOffset, message.byteLength));
      if (decoding.readVarString(decoder) === instanceId) return;
      const kind = decoding.readVarUint(decoder);
      if (kind === KIND_ROUND) {
        const round = decoding.readVarUint(decoder);
        const update = decoding.readVarUint8Array(decoder);
        for (const listener of listeners) listener.round(round, update);
      } else if (kind === KIND_PRESENCE) {
        const update = decoding.readVarUint8Array(decoder);
        for (const listener of listeners) listener.presence(update);
      } else if (kind === KIND_SECTIONS) {
        for (const listener of listeners) listener.sectionsChanged();
      }
    } catch (error) {
      log.error("cluster_message_unreadable", { documentId, error: (error as Error).message });
    }
  };

  const onEventMessage = (message: string) => {
    try {
      const { from, event } = JSON.parse(message) as { from: string; event: ClusterEvent };
      if (from === instanceId) return;
      for (const listener of eventListeners) listener(event);
    } catch (error) {
      log.error("cluster_event_unreadable", { error: (error as Error).message });
    }
  };
  await subscriber.subscribe(EVENTS, onEventMessage);

  function publishBytes(documentId: string, write: (encoder: encoding.Encoder) => void): void {
    if (!commands.isReady) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarString(encoder, instanceId);
    write(encoder);
    commands.publish(documentChannel(documentId), Buffer.from(encoding.toUint8Array(encoder))).catch(() => {
      // Redis went away: the rooms read what they missed from PostgreSQL when it is back.
    });
  }

  // Limits and locks answer a waiting request: a Redis that does not answer at once counts as away.
  const quick = commands.withCommandOptions({ timeout: SHARED_COMMAND_TIMEOUT_MS, rejectInFlight: true });
  const scriptShas = new Map<string, string>();
  const shared: SharedCommands = {
    async increment(key, ttlMs) {
      const [count] = (await quick.multi().incr(PREFIX + key).pExpire(PREFIX + key, ttlMs, "NX").exec()) as unknown as [number];
      return Number(count);
    },
    async setIfAbsent(key, value, ttlMs) {
      return (await quick.set(PREFIX + key, value, { condition: "NX", expiration: { type: "PX", value: ttlMs } })) === "OK";
    },
    async deleteIfEquals(key, value) {
      await shared.evaluate("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end", [key], [value]);
    },
    async remove(key) {
      await quick.del(PREFIX + key);
    },
    async get(key) {
      return await quick.get(PREFIX + key);
    },
    async expireIfEquals(key, value, ttlMs) {
      const script = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";
      return (await shared.evaluate(script, [key], [value, ttlMs])) === 1;
    },
    async evaluate(script, keys, args) {
      let sha = scriptShas.get(script);
      if (!sha) {
        sha = createHash("sha1").update(script).digest("hex");
        scriptShas.set(script, sha);
      }
      const options = { keys: keys.map((key) => PREFIX + key), arguments: args.map(String) };
      try {
        return await quick.evalSha(sha, options);
      } catch (error) {
        // Redis forgets scripts when it restarts: send it whole once, and by its digest again after.
        if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
        return await quick.eval(script, options);
      }
    },
  };

  return {
    shared: true,
    instanceId,
    redis: shared,
    joinDocument(documentId: string, listener: DocumentListener): DocumentChannel {
      let listeners = documents.get(documentId);
      let ready = subscribed.get(documentId);
      if (!listeners || !ready) {
        listeners = new Set();
        documents.set(documentId, listeners);
        ready = subscriber.subscribe(documentChannel(documentId), onDocumentMessage, true).catch((error: Error) => {
          // Subscribed again with the connection when Redis is back; the room resynchronises then.
          log.error("redis_subscribe_failed", { documentId, error: error.message });
        });
        subscribed.set(documentId, ready);
      }
      listeners.add(listener);
      return {
        ready,
        publishRound: (round, update) =>
          publishBytes(documentId, (encoder) => {
            encoding.writeVarUint(encoder, KIND_ROUND);
            encoding.writeVarUint(encoder, round);
            encoding.writeVarUint8Array(encoder, update);
          }),
        publishPresence: (update) =>
          publishBytes(documentId, (encoder) => {
            encoding.writeVarUint(encoder, KIND_PRESENCE);
            encoding.writeVarUint8Array(encoder, update);
          }),
        publishSectionsChanged: () => publishBytes(documentId, (encoder) => encoding.writeVarUint(encoder, KIND_SECTIONS)),
        leave() {
          const current = documents.get(documentId);
          if (!current?.delete(listener) || current.size > 0) return;
          documents.delete(documentId);
          subscribed.delete(documentId);
          if (closed) return;
          subscriber.unsubscribe(documentChannel(documentId), onDocumentMessage, true).catch(() => {});
        },
      };
    },
    publish(event) {
      if (!commands.isReady) return;
      commands.publish(EVENTS, JSON.stringify({ from: instanceId, event })).catch(() => {});
    },
    onEvent(listener) {
      eventListeners.add(listener);
      return () => eventListeners.delete(listener);
    },
    onResync(listener) {
      resyncListeners.add(listener);
      return () => resyncListeners.delete(listener);
    },
    health: (): RedisHealth => (commands.isReady && subscriber.isReady ? "ok" : "down"),
    async close() {
      closed = true;
      await Promise.allSettled([commands.close(), subscriber.close()]);
      commands.destroy();
      subscriber.destroy();
    },
  };
}

/** The address without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "the configured address";
  }
}
