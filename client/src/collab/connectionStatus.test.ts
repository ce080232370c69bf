import { describe, expect, it } from "vitest";
import { connectionStatus, type ConnectionFacts } from "./connectionStatus";

const facts = (change: Partial<ConnectionFacts>): ConnectionFacts => ({
  browserOnline: true,
  connected: false,
  connecting: false,
  synced: false,
  failedAttempts: 0,
  ...change,
});

describe("connection status", () => {
  it("is online only when connected and in step with the server", () => {
    expect(connectionStatus(facts({ connected: true, synced: true }))).toBe("online");
    expect(connectionStatus(facts({ connected: true, synced: false }))).toBe("syncing");
  });

  it("treats the first attempt as syncing, and failed attempts or a browser offline as offline", () => {
    expect(connectionStatus(facts({ connecting: true }))).toBe("syncing");
    expect(connectionStatus(facts({ connecting: true, failedAttempts: 2 }))).toBe("offline");
    expect(connectionStatus(facts({}))).toBe("offline");
    expect(connectionStatus(facts({ browserOnline: false, connected: true, synced: true }))).toBe("offline");
  });
});
