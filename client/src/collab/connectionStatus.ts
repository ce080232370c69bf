export type ConnectionStatus = "online" | "syncing" | "offline";

export interface ConnectionFacts {
  /** navigator.onLine */
  browserOnline: boolean;
  connected: boolean;
  connecting: boolean;
  synced: boolean;
  /** Connection attempts that failed since the last successful sync. */
  failedAttempts: number;
}

/**
 * Online: connected and in step with the server. Syncing: connected but not yet in step, or making the first
 * attempt. Offline: the browser is offline, or the server cannot be reached (changes stay on this device).
 */
export function connectionStatus(facts: ConnectionFacts): ConnectionStatus {
  if (!facts.browserOnline) return "offline";
  if (facts.connected) return facts.synced ? "online" : "syncing";
  if (facts.connecting && facts.failedAttempts === 0) return "syncing";
  return "offline";
}
