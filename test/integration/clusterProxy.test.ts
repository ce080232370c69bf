import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createTestDatabase } from "../helpers/postgres";
import { startRedis, type RedisServer } from "../helpers/redis";
import { startInstances, type Health, type Instance } from "../helpers/cluster";
import { startNginx, type NginxServer } from "../helpers/nginx";
import { openFixture, type Fixture } from "../helpers/fixture";
import { createClient } from "../helpers/http";
import { connectProvider, eventually, sectionText, typeParagraph, type ProviderClient } from "../helpers/collab";
import { DEMO_PASSWORD, demoEmail } from "../../server/seed/demo";
import type { TestServer } from "../helpers/server";

// docs/DEPLOY.md's nginx configuration (docs/deploy/nginx.conf), run by Debian's nginx in front of two real
// instances on one PostgreSQL database and one redis-server: what the page tells people to deploy works.

const FUNDING = "Sustainable funding";

describe("two instances behind nginx with the documented configuration", () => {
  let redis: RedisServer | null = null;
  let instances: Instance[] = [];
  let nginx: NginxServer | null = null;
  let fx: Fixture;
  const clients: ProviderClient[] = [];

  beforeAll(async () => {
    const databaseUrl = await createTestDatabase(inject("postgresUrl"));
    redis = await startRedis();
    instances = await startInstances(2, { databaseUrl, redisUrl: redis.url, env: { TRUST_PROXY: "loopback" } });
    nginx = await startNginx({ upstreams: instances.map((instance) => instance.url) });
    fx = await openFixture({ url: nginx.url } as TestServer);
  }, 120_000);

  afterAll(async () => {
    for (const client of clients) client.destroy();
    await nginx?.stop();
    await Promise.all(instances.map((instance) => instance.stop("SIGTERM")));
    await redis?.close();
  });

  const connectionsOn = async (instance: Instance) => (await instance.health()).connections;

  /** /api/health through nginx: which instance answered, and what it says. */
  const healthThroughProxy = async () => (await fetch(`${nginx!.url}/api/health`)).json() as Promise<Health>;

  it("spreads requests over both instances, and a session made through one is good on the other", async () => {
    const names = await Promise.all(instances.map(async (instance) => (await instance.health()).instance));
    expect(new Set(names).size).toBe(2);
    const answers: Health[] = [];
    for (let i = 0; i < 4; i++) answers.push(await healthThroughProxy());
    expect(answers.map((answer) => answer.status)).toEqual(["ok", "ok", "ok", "ok"]);
    expect(new Set(answers.map((answer) => answer.instance))).toEqual(new Set(names));

    // A browser's sign-in: its Origin is the proxy's address, which the instance compares with the Host nginx passes on.
    const browser = createClient(nginx!.url);
    const signIn = await browser.request("POST", "/api/auth/login", {
      json: { email: demoEmail("wg1.member"), password: DEMO_PASSWORD },
      headers: { origin: new URL(nginx!.url).origin },
    });
    expect(signIn.status).toBe(200);
    // nginx passes the requests on in turn: both instances know the session.
    const listed = await Promise.all(Array.from({ length: 4 }, () => browser.get("/api/documents")));
    expect(listed.map((answer) => answer.status)).toEqual([200, 200, 200, 200]);
    // And from another site, refused through the proxy as it would be directly.
    const foreign = await browser.request("POST", "/api/auth/logout", { headers: { origin: "https://elsewhere.example" } });
    expect(foreign.status).toBe(403);
  });

  it("syncs one section over WebSockets through nginx between people on both instances", async () => {
    const funding = fx.section(FUNDING);
    const people = ["wg1.member", "wg1.second"];
    // nginx sends each new connection to the next instance; connect until both have someone.
    while (clients.length < 6 && (await Promise.all(instances.map(connectionsOn))).some((count) => count === 0)) {
      const client = connectProvider(nginx!.url, await fx.cookie(people[clients.length % 2]!), fx.documentId);
      clients.push(client);
      await eventually(() => client.provider.synced, `client ${clients.length} synced through nginx`, 10_000);
    }
    expect((await Promise.all(instances.map(connectionsOn))).every((count) => count > 0)).toBe(true);

    for (const [index, client] of clients.entries()) typeParagraph(client.doc, funding, `Through the proxy ${index + 1}.`);
    const lines = clients.map((_, index) => `Through the proxy ${index + 1}.`);
    for (const [index, client] of clients.entries()) {
      await eventually(() => lines.every((line) => sectionText(client.doc, funding).includes(line)), `client ${index + 1} has every line`);
    }
    expect(clients.every((client) => client.refusals.length === 0)).toBe(true);
  });

  it("sends everyone to the instance left when the other is killed", async () => {
    const funding = fx.section(FUNDING);
    await instances[1]!.kill();
    // The stock client reconnects through nginx, which passes the refused connections on to the live instance.
    await eventually(async () => (await connectionsOn(instances[0]!)) === clients.length, "every client on the instance left", 20_000);
    for (const [index, client] of clients.entries()) typeParagraph(client.doc, funding, `After the failover ${index + 1}.`);
    const lines = clients.map((_, index) => `After the failover ${index + 1}.`);
    for (const [index, client] of clients.entries()) {
      await eventually(() => lines.every((line) => sectionText(client.doc, funding).includes(line)), `client ${index + 1} has every line`);
    }
    const left = (await instances[0]!.health()).instance;
    for (let i = 0; i < 3; i++) expect((await healthThroughProxy()).instance).toBe(left);
  });
});
