import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, type RunningServer } from "../../server/server";
import { createLogger } from "../../server/log";
import { DEFAULT_SIGN_IN_POLICY } from "../../server/auth/signInLimits";
import { demoEmail, DEMO_PASSWORD } from "../../server/seed/demo";
import { manualClock, testDatabaseUrl } from "../helpers/server";
import { postFrom } from "../helpers/fromAddress";

// Penholder behind a reverse proxy at 127.0.0.1 (TRUST_PROXY=127.0.0.1): people are told apart by the address the
// proxy appends to X-Forwarded-For, and only the proxy is believed.

describe("behind a trusted proxy", () => {
  let server: RunningServer;
  let cleanup = () => {};
  const PROXY = "127.0.0.1";

  beforeAll(async () => {
    const database = await testDatabaseUrl("sqlite");
    cleanup = database.cleanup;
    server = await startServer({
      env: {
        PORT: 0,
        HOST: "127.0.0.1",
        DATABASE_URL: database.url,
        PENHOLDER_SEED: "demo",
        LOG_LEVEL: "silent",
        TRUST_PROXY: [PROXY],
        SQLITE_SYNCHRONOUS: "normal",
      },
      log: createLogger({ silent: !process.env.PENHOLDER_TEST_LOG }),
      // Still while the test runs: the budgets refill with time, and a slow machine must not refill them.
      clock: manualClock(),
      // A network's budget small enough to reach in a few requests.
      signInPolicy: { ...DEFAULT_SIGN_IN_POLICY, network: { capacity: 8, refillMs: 2000 } },
    });
  });
  afterAll(async () => {
    await server?.close();
    cleanup();
  });

  /** A sign-in relayed by the proxy for a client at `client` (what the client sent on is kept on the left). */
  const viaProxy = (client: string, email: string, password: string, sentByClient?: string) =>
    postFrom(server.url, PROXY, "/api/auth/login", { email, password }, { "x-forwarded-for": sentByClient ? `${sentByClient}, ${client}` : client });

  it("applies the durability setting it was given", () => {
    expect(server.store.description).toMatch(/\(synchronous=normal\)$/);
  });

  it("slows a guesser at one client address while the owner at another signs in", async () => {
    const email = demoEmail("wg4.member");
    for (let i = 0; i < 5; i++) expect((await viaProxy("203.0.113.7", email, `guess-${i}-wrong`)).status).toBe(401);
    const slowed = await viaProxy("203.0.113.7", email, "guess-5-wrong");
    expect(slowed.status).toBe(429);
    expect(slowed.headers.get("retry-after")).toBe("1");
    // Writing the owner's address in front of its own does not make the guesser the owner.
    expect((await viaProxy("203.0.113.7", email, DEMO_PASSWORD, "198.51.100.2")).status).toBe(429);
    // Everyone reaches us from the proxy's address; the owner is still let in at once.
    expect((await viaProxy("198.51.100.2", email, DEMO_PASSWORD)).status).toBe(200);
  });

  it("does not believe X-Forwarded-For from a peer that is not the proxy", async () => {
    const email = demoEmail("wg5.member");
    const direct = (i: number) => postFrom(server.url, "127.0.0.3", "/api/auth/login", { email, password: `direct-${i}-wrong` }, { "x-forwarded-for": `198.51.100.${i}` });
    for (let i = 0; i < 5; i++) expect((await direct(i)).status).toBe(401);
    expect((await direct(5)).status).toBe(429);
  });

  it("slows abusive volume from one client address across accounts, but not the people who signed in there", async () => {
    expect((await viaProxy("192.0.2.50", demoEmail("observer"), DEMO_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 8; i++) expect((await viaProxy("192.0.2.50", `spray-${i}@demo.penholder.test`, "wrong-password")).status).toBe(401);
    const refused = await viaProxy("192.0.2.50", "spray-8@demo.penholder.test", "wrong-password");
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/Too many failed sign-ins from your network\. Wait 2 seconds/);
    expect((await viaProxy("192.0.2.50", demoEmail("observer"), DEMO_PASSWORD)).status).toBe(200);
    // Another client of the same proxy is not slowed by it.
    expect((await viaProxy("192.0.2.51", "spray-9@demo.penholder.test", "wrong-password")).status).toBe(401);
  });
});
