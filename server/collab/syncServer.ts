import { WebSocketServer, type WebSocket } from "ws";
import type { IncomingMessage, Server } from "node:http";
import type { Duplex } from "node:stream";
import { parse as parseCookies } from "hono/utils/cookie";
import type { Store } from "../store/store";
import type { Logger } from "../log";
import type { SessionManager } from "../auth/sessions";
import { SESSION_COOKIE } from "../auth/sessions";
import { originAllowed } from "../http/middleware/sameOrigin";
import { actorOf } from "../http/middleware/session";
import { canReadDocuments } from "../../shared/rights";
import { CLOSE, COLLAB_PATH, MAX_FRAME_BYTES } from "../../shared/collab/protocol";
import { presenceColor } from "../../shared/collab/presence";
import type { RoomManager } from "./rooms";
import { serveConnection } from "./connection";
import type { Participant } from "./room";
import { createUserBudgets } from "./budgets";
import { DEFAULT_LIMITS, type CollabLimits } from "./limits";
import { createLocalConnectionSlots, type ConnectionSlots } from "./connectionSlots";
import { chooseLocale } from "../i18n/requestLocale";

export interface SyncServerOptions {
  store: Store;
  sessions: SessionManager;
  rooms: RoomManager;
  log: Logger;
  trustedOrigins: readonly string[];
  /** Ping interval; a connection that misses a pong is dropped. */
  heartbeatMs?: number;
  limits?: CollabLimits;
  /** Who may open another connection; counted in this process when omitted. */
  connectionSlots?: ConnectionSlots;
}

const DOCUMENT_PATH = new RegExp(`^${COLLAB_PATH}/([a-z0-9_-]{1,64})$`, "i");

interface Live {
  ws: WebSocket;
  userId: string;
  sessionId: string;
  alive: boolean;
  participant: Participant | null;
}

/**
 * The y-websocket endpoint at /collab/<documentId>. Session, Origin and read rights are checked on the HTTP
 * upgrade request, before any WebSocket exists; a refusal is a plain HTTP status with a JSON reason.
 */
export function createSyncServer(options: SyncServerOptions) {
  const { store, sessions, rooms, log } = options;
  const limits = options.limits ?? DEFAULT_LIMITS;
  const userBudgets = createUserBudgets(limits.userRate);
  const slots = options.connectionSlots ?? createLocalConnectionSlots(limits);
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  const live = new Set<Live>();
  const attached: Server[] = [];

  const heartbeat = setInterval(() => {
    for (const connection of live) {
      if (!connection.alive) {
        connection.ws.terminate();
        continue;
      }
      connection.alive = false;
      connection.ws.ping();
    }
  }, options.heartbeatMs ?? 30_000);
  heartbeat.unref();

  async function onUpgrade(request: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    socket.on("error", () => socket.destroy());
    const url = new URL(request.url ?? "/", "http://localhost");
    if (!url.pathname.startsWith(`${COLLAB_PATH}/`)) return refuseUpgrade(socket, 404, "not_found", "There is no WebSocket endpoint here.");
    const match = DOCUMENT_PATH.exec(url.pathname);
    if (!match) return refuseUpgrade(socket, 404, "not_found", "Not a document address.");
    const documentId = match[1]!;
    if (!originAllowed(request.headers.origin, request.headers["sec-fetch-site"] as string | undefined, request.headers.host, options.trustedOrigins)) {
      return refuseUpgrade(socket, 403, "forbidden", "Connections from another site are refused.");
    }
    const token = parseCookies(request.headers.cookie ?? "", SESSION_COOKIE)[SESSION_COOKIE];
    const valid = token ? await sessions.validate(token) : null;
    if (!valid) return refuseUpgrade(socket, 401, "unauthenticated", "You are not signed in. Sign in and open the document again.");
    const actor = actorOf(valid.user);
    if (!canReadDocuments(actor)) return refuseUpgrade(socket, 403, "forbidden", "You may not read this document.");
    if (!(await store.documents.byId(documentId))) return refuseUpgrade(socket, 404, "not_found", "That document does not exist.");
    const claim = await slots.claim(valid.user.id, valid.session.id);
    if ("refused" in claim) return refuseUpgrade(socket, 429, "rate_limited", claim.refused);
    // The slot is the socket's, however the upgrade ends: refused below, failed, or closed much later.
    if (socket.destroyed) claim.slot.release();
    else socket.once("close", () => claim.slot.release());
    const room = await rooms.get(documentId);

    wss.handleUpgrade(request, socket, head, (ws) => {
      const connection: Live = { ws, userId: valid.user.id, sessionId: valid.session.id, alive: true, participant: null };
      live.add(connection);
      ws.on("pong", () => (connection.alive = true));
      const identity = {
        userId: valid.user.id,
        sessionId: valid.session.id,
        actor,
        // The account's choice; without one, what the browser asked for on the handshake.
        locale: valid.user.locale ?? chooseLocale(request.headers["accept-language"], null),
        presence: { id: valid.user.id, name: valid.user.name, color: presenceColor(valid.user.id) },
      };
      connection.participant = serveConnection(ws, room, identity, {
        log,
        limits,
        userBudget: userBudgets.acquire(valid.user.id, performance.now()),
        onClose: () => {
          live.delete(connection);
          userBudgets.release(valid.user.id, performance.now());
          rooms.release(room);
        },
      });
    });
  }

  function upgradeListener(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    onUpgrade(request, socket, head).catch((error: unknown) => {
      log.error("collab_upgrade_failed", { error: error instanceof Error ? error.stack : String(error) });
      refuseUpgrade(socket, 500, "internal", "The server could not open the document. Try again.");
    });
  }

  function disconnect(matches: (connection: Live) => boolean): void {
    for (const connection of live) if (matches(connection)) connection.ws.close(CLOSE.sessionEnded.code, CLOSE.sessionEnded.reason);
  }

  return {
    attach(server: Server): void {
      server.on("upgrade", upgradeListener);
      attached.push(server);
    },
    /** Ends the live connections of a signed-out session or a deactivated account at once. */
    disconnectSession: (sessionId: string) => disconnect((c) => c.sessionId === sessionId),
    disconnectUser: (userId: string) => disconnect((c) => c.userId === userId),
    /** Re-reads a person's role and groups so their open connections write with today's rights. */
    async refreshUser(userId: string): Promise<void> {
      const user = await store.users.byId(userId);
      if (!user || user.active !== 1) return disconnect((c) => c.userId === userId);
      for (const connection of live) {
        if (connection.userId !== userId || !connection.participant) continue;
        connection.participant.actor = actorOf(user);
        if (user.locale) connection.participant.locale = user.locale;
      }
    },
    get connectionCount(): number {
      return live.size;
    },
    async close(): Promise<void> {
      clearInterval(heartbeat);
      slots.close();
      for (const server of attached) server.off("upgrade", upgradeListener);
      for (const connection of live) connection.ws.close(CLOSE.shuttingDown.code, CLOSE.shuttingDown.reason);
      await rooms.closeAll();
      wss.close();
    },
  };
}

export type SyncServer = ReturnType<typeof createSyncServer>;

const STATUS_TEXT: Record<number, string> = { 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 429: "Too Many Requests", 500: "Internal Server Error" };

function refuseUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  if (socket.destroyed) return;
  const body = JSON.stringify({ error: { code, message } });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEXT[status] ?? "Error"}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
