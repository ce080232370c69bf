import type { Logger } from "../log";
import type { Store } from "../store/store";
import type { AuditListener } from "../store/audit";
import type { RoomManager } from "../collab/rooms";
import type { SyncServer } from "../collab/syncServer";
import type { ClusterBus } from "./bus";

/** Seconds between checks of the log's head while Redis is up. */
const HEAD_CHECK_TICKS = 5;

export interface ConnectClusterOptions {
  bus: ClusterBus;
  store: Store;
  rooms: RoomManager;
  sync: SyncServer;
  log: Logger;
}

/**
 * What this instance does that the others must also do, and what it hears from them: sign-outs and rights
 * changes reach the person's connections on every instance, the audit log's readers hear every instance's
 * entries, and every open room reads what it missed when Redis comes back. In one process the bus is silent
 * and this is the local behaviour alone.
 */
export function connectCluster({ bus, store, rooms, sync, log }: ConnectClusterOptions) {
  const stopForwarding = store.onAudited(({ documentId, action }) => bus.publish({ kind: "audited", documentId, action }));
  const remoteAudit = new Set<AuditListener>();
  const stopEvents = bus.onEvent((event) => {
    switch (event.kind) {
      case "disconnect_session":
        return sync.disconnectSession(event.sessionId);
      case "disconnect_user":
        return sync.disconnectUser(event.userId);
      case "refresh_user":
        return void sync.refreshUser(event.userId).catch((error: Error) => log.error("refresh_user_failed", { userId: event.userId, error: error.message }));
      case "audited":
        for (const listener of remoteAudit) listener({ documentId: event.documentId, action: event.action });
        return;
    }
  });
  const stopResync = bus.onResync(() => void rooms.catchUpAll());
  // The safety net under the numbered rounds: a lost message is noticed when the next one arrives, but the last
  // one before a quiet spell has no next. Each open room compares its rounds with the log's now and then (every
  // second while Redis is away, so instances keep each other's text meanwhile).
  let ticks = 0;
  const poll = bus.shared
    ? setInterval(() => {
        ticks++;
        if (bus.health() === "ok" && ticks % HEAD_CHECK_TICKS !== 0) return;
        rooms.catchUpBehind().catch((error: Error) => log.error("log_head_check_failed", { error: error.message }));
      }, 1000)
    : null;
  poll?.unref();

  return {
    sync: {
      disconnectSession(sessionId: string): void {
        sync.disconnectSession(sessionId);
        bus.publish({ kind: "disconnect_session", sessionId });
      },
      disconnectUser(userId: string): void {
        sync.disconnectUser(userId);
        bus.publish({ kind: "disconnect_user", userId });
      },
      async refreshUser(userId: string): Promise<void> {
        bus.publish({ kind: "refresh_user", userId });
        await sync.refreshUser(userId);
      },
    },
    onAudited(listener: AuditListener): () => void {
      const stopLocal = store.onAudited(listener);
      remoteAudit.add(listener);
      return () => {
        stopLocal();
        remoteAudit.delete(listener);
      };
    },
    stop(): void {
      if (poll) clearInterval(poll);
      stopForwarding();
      stopEvents();
      stopResync();
    },
  };
}
