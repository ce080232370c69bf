import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { createApp } from "./app";
import { openStore, type Store } from "./store/store";
import { createSessionManager } from "./auth/sessions";
import { createSignInLimits, DEFAULT_SIGN_IN_POLICY, type SignInPolicy } from "./auth/signInLimits";
import { createProxyTrust } from "./http/clientAddress";
import { createDecoyHash } from "./auth/passwords";
import { seedDemo } from "./seed/demo";
import { systemClock, type Clock } from "./clock";
import type { Logger } from "./log";
import type { Deps } from "./deps";
import type { Env } from "./env";
import { createRoomManager } from "./collab/rooms";
import { pingActivity } from "./collab/activityPings";
import type { RoomOptions } from "./collab/room";
import { createSyncServer } from "./collab/syncServer";
import { autoVersioning } from "./services/versions";
import { createRenderer } from "./export/renderer";
import { createExportCache } from "./export/exportCache";
import { createImporter } from "./import/importer";
import { createOneAtATime } from "./jobs/oneAtATime";
import { createSharedOneAtATime } from "./jobs/sharedOneAtATime";
import { createSharedSignInLimits } from "./auth/sharedSignInLimits";
import { createSharedConnectionSlots } from "./collab/sharedConnectionSlots";
import { DEFAULT_LIMITS, type CollabLimits } from "./collab/limits";
import { outlineOf } from "./services/outline";
import { writeDocumentLanguage, writeOutline } from "../shared/collab/outline";
import { DEFAULT_DOCUMENT_LANGUAGE } from "../shared/languages";
import { recordSuggestionAuthors } from "./services/suggestions";
import { indexOpenSuggestions } from "./services/suggestionIndex";
import { createReviewedTexts } from "./services/reviewedTexts";
import { createSoloBus, type ClusterBus } from "./cluster/bus";
import { createRedisBus } from "./cluster/redisBus";
import { connectCluster } from "./cluster/connect";

export interface RunningServer {
  /** http://host:port, with the port actually bound. */
  url: string;
  port: number;
  store: Store;
  deps: Deps;
  close(): Promise<void>;
}

export interface StartOptions {
  env: Env;
  log: Logger;
  clock?: Clock;
  /** The built client to serve; API-only when omitted. */
  clientDir?: string;
  collab?: Partial<CollabSettings>;
  /** Render exports on the event loop instead of a worker thread (the export benchmark's baseline). */
  exportsInThread?: boolean;
  /** How many sign-in attempts are allowed (tests shrink it to reach a limit in a few requests). */
  signInPolicy?: SignInPolicy;
}

export interface CollabSettings {
  /** The longest gap between two store-and-broadcast rounds; rounds are paced by their cost up to it. */
  flushWindowMs: number;
  /** Update-log entries per document before they are folded into one snapshot. */
  compactAfter: number;
  /** How long a document nobody has open stays in memory. */
  idleUnloadMs: number;
  heartbeatMs: number;
  /** At most one automatic version per document per this interval of editing. */
  autoVersionMs: number;
  limits: CollabLimits;
  /** Replaces Yjs's apply in rooms (tests make it fail half-way; see RoomOptions). */
  applyUpdate?: RoomOptions["applyUpdate"];
}

export const DEFAULT_COLLAB: CollabSettings = {
  flushWindowMs: 15,
  compactAfter: 2000,
  idleUnloadMs: 30_000,
  heartbeatMs: 30_000,
  autoVersionMs: 10 * 60_000,
  limits: DEFAULT_LIMITS,
};

/** Opens storage, seeds if asked, and serves the app. Used by main.ts and by tests (with PORT 0). */
export async function startServer(options: StartOptions): Promise<RunningServer> {
  const { env, log } = options;
  const clock = options.clock ?? systemClock;
  const store = await openStore(env.DATABASE_URL, { sqliteSynchronous: env.SQLITE_SYNCHRONOUS });
  let bus: ClusterBus | null = null;
  try {
    bus = env.REDIS_URL ? await createRedisBus({ url: env.REDIS_URL, log }) : createSoloBus();
    if (env.PENHOLDER_SEED === "demo" && (await seedDemo(store, clock.now()))) {
      log.info("seeded_demo_data", { database: store.description });
    }
    const collab = { ...DEFAULT_COLLAB, ...options.collab };
    const sessions = createSessionManager(store, clock);
    const trustedOrigins = env.PUBLIC_URL ? [new URL(env.PUBLIC_URL).origin] : [];
    const rooms = createRoomManager({
      store,
      clock,
      log,
      ...collab,
      limits: collab.limits.room,
      autoVersion: autoVersioning(store, clock, collab.autoVersionMs),
      bus,
      claimClients: (documentId, userId, clientIds) => store.documents.claimClients(documentId, userId, clientIds, clock.now()),
      onSuggestionsAdded: recordSuggestionAuthors(store, clock, log),
      // The outline root mirrors the tables; bring it up to date for documents written before it existed.
      afterLoad: async (room) => {
        const outline = await outlineOf(store, room.documentId);
        const language = (await store.documents.byId(room.documentId))?.language ?? DEFAULT_DOCUMENT_LANGUAGE;
        await room.serverChange((doc) => {
          writeOutline(doc, outline);
          writeDocumentLanguage(doc, language);
        }, null);
        // The landing page counts open suggestions from an index: set it from the text as it is now.
        await indexOpenSuggestions(store, room.doc, room.documentId, "all", clock.now());
      },
    });
    // Limits one person or address must not get around by reaching several instances: shared in Redis when there
    // are several, each falling back to this instance's own counts while Redis is away.
    const redis = bus.redis;
    const connectionSlots = redis ? createSharedConnectionSlots({ redis, limits: collab.limits, log, refreshMs: collab.heartbeatMs }) : undefined;
    const signInPolicy = options.signInPolicy ?? DEFAULT_SIGN_IN_POLICY;
    const signInLimits = redis ? createSharedSignInLimits({ policy: signInPolicy, clock, redis, log }) : createSignInLimits(signInPolicy, clock);
    const oneAtATime = (kind: string) => (redis ? createSharedOneAtATime({ redis, kind, log }) : createOneAtATime());
    const sync = createSyncServer({ store, sessions, rooms, log, trustedOrigins, heartbeatMs: collab.heartbeatMs, limits: collab.limits, connectionSlots });
    const cluster = connectCluster({ bus, store, rooms, sync, log });
    const stopPings = pingActivity(cluster.onAudited, rooms);
    const deps: Deps = {
      store,
      clock,
      log,
      sessions,
      rooms,
      sync: cluster.sync,
      onAudited: cluster.onAudited,
      cluster: bus,
      signInLimits,
      trustedProxies: createProxyTrust(env.TRUST_PROXY ?? []),
      decoyHash: await createDecoyHash(),
      trustedOrigins,
      site: { accessibilityContact: env.ACCESSIBILITY_CONTACT ?? null },
      renderer: createRenderer({ log, inThread: options.exportsInThread }),
      exportCache: createExportCache({ maxBytes: 64 * 1024 * 1024 }),
      importer: createImporter({ log }),
      perUser: { exports: oneAtATime("exports"), imports: oneAtATime("imports") },
      reviewedTexts: createReviewedTexts({ maxEntries: 2000, maxChars: 16_000_000 }, bus.redis),
    };
    const app = createApp(deps, { clientDir: options.clientDir });
    const server = await listen(app.fetch, env.PORT, env.HOST);
    sync.attach(server as Server);
    const port = (server.address() as AddressInfo).port;
    const host = env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
    return {
      url: `http://${host}:${port}`,
      port,
      store,
      deps,
      async close() {
        // Store what the documents hold before the sockets go.
        stopPings();
        cluster.stop();
        await sync.close();
        await bus!.close();
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          if ("closeAllConnections" in server) server.closeAllConnections();
        });
        await deps.renderer.close();
        await deps.importer.close();
        await store.close();
      },
    };
  } catch (error) {
    await bus?.close();
    await store.close();
    throw error;
  }
}

function listen(fetch: Parameters<typeof serve>[0]["fetch"], port: number, hostname: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname }, () => resolve(server));
    server.once("error", reject);
  });
}
