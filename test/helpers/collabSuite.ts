import { afterAll, afterEach, beforeAll } from "vitest";
import { startTestServer, type TestServer, type TestServerOptions } from "./server";
import { openFixture, type Fixture } from "./fixture";
import { connectProvider, type ProviderClient } from "./collab";
import type { DocumentRoom } from "../../server/collab/room";

// The setup of a suite that talks to one document's room over real sockets: a server (short flush windows unless
// the options say otherwise, e.g. `{ backend, collab: { flushWindowMs: 10 } }` in a describe.each over BACKENDS),
// the demo fixture, and every client or socket the tests open closed after each test.

export interface CollabSuite {
  server(): TestServer;
  fx(): Fixture;
  /** The document's room, once everything it received is stored. */
  room(): Promise<DocumentRoom>;
  /** Closes this client or socket after the test. */
  keep<T extends { destroy(): void } | { close(): void }>(client: T): T;
  /** The stock y-websocket client signed in as `local`, synced with the document, closed after the test. */
  connect(local: string): Promise<ProviderClient>;
  /** Closes every kept client and socket now, as after a test. */
  closeAll(): void;
}

export function collabSuite(options: TestServerOptions = { collab: { flushWindowMs: 5 } }): CollabSuite {
  let server: TestServer | null = null;
  let fx: Fixture | null = null;
  const open: Array<{ destroy(): void } | { close(): void }> = [];

  beforeAll(async () => {
    server = await startTestServer(options);
    fx = await openFixture(server);
  });
  const closeAll = () => {
    for (const client of open.splice(0)) ("destroy" in client ? client.destroy() : client.close());
  };
  afterEach(closeAll);
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
    async connect(local) {
      const f = ready(fx, "the fixture");
      const client = connectProvider(ready(server, "the server").url, await f.cookie(local), f.documentId);
      open.push(client);
      await client.synced;
      return client;
    },
    closeAll,
  };
}
