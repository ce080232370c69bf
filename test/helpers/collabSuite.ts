import { afterAll, afterEach, beforeAll } from "vitest";
import { startTestServer, type TestServer, type TestServerOptions } from "./server";
import { openFixture, type Fixture } from "./fixture";
import type { DocumentRoom } from "../../server/collab/room";

// The setup of a suite that talks to one document's room over real sockets: a server (short flush windows), the
// demo fixture, and every client or socket the tests open closed after each test.

export interface CollabSuite {
  server(): TestServer;
  fx(): Fixture;
  /** The document's room, once everything it received is stored. */
  room(): Promise<DocumentRoom>;
  /** Closes this client or socket after the test. */
  keep<T extends { destroy(): void } | { close(): void }>(client: T): T;
}

export function collabSuite(options: TestServerOptions = { collab: { flushWindowMs: 5 } }): CollabSuite {
  let server: TestServer | null = null;
  let fx: Fixture | null = null;
  const open: Array<{ destroy(): void } | { close(): void }> = [];

  beforeAll(async () => {
    server = await startTestServer(options);
    fx = await openFixture(server);
  });
  afterEach(() => {
    for (const client of open.splice(0)) ("destroy" in client ? client.destroy() : client.close());
  });
  afterAll(() => server?.close());

  const ready = <T>(value: T | null, what: string): T => {
    if (value === null) throw new Error(`${what} is not ready: use it inside a test`);
    return value;
  };
  return {
    server: () => ready(server, "the server"),
    fx: () => ready(fx, "the fixture"),
    async room() {
      const opened = await ready(server, "the server").deps.rooms.get(ready(fx, "the fixture").documentId);
      await opened.whenFlushed();
      return opened;
    },
    keep(client) {
      open.push(client);
      return client;
    },
  };
}
