import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, manualClock, startTestServer, type TestServer } from "../helpers/server";
import { createClient } from "../helpers/http";
import { postFrom } from "../helpers/fromAddress";
import { demoEmail, DEMO_PASSWORD } from "../../server/seed/demo";
import { SESSION_LIFETIME_MS } from "../../server/auth/sessions";

describe.each(BACKENDS)("sign-in and sessions (%s)", (backend) => {
  let server: TestServer;
  const clock = manualClock();

  beforeAll(async () => {
    server = await startTestServer({ backend, clock });
  });
  afterAll(() => server?.close());

  it("signs in, sets a hardened cookie, knows who you are, and signs out", async () => {
    const client = createClient(server.url);
    const login = await client.loginAs("wg1.member");
    expect(login.body.user).toMatchObject({ email: demoEmail("wg1.member"), role: "member" });
    expect(login.body.user.groups.map((g: { slug: string }) => g.slug)).toEqual(["wg1"]);

    const setCookie = login.headers.getSetCookie().find((c) => c.startsWith("penholder_session="))!;
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).toMatch(/Path=\//);
    // Plain http on localhost: Secure would make the browser drop the cookie.
    expect(setCookie).not.toMatch(/Secure/i);

    const me = await client.get("/api/me");
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(demoEmail("wg1.member"));

    const token = client.cookie;
    expect((await client.post("/api/auth/logout")).status).toBe(200);
    expect((await client.get("/api/me")).status).toBe(401);

    // The old token is dead on the server, not just forgotten by this client.
    client.setCookie(token);
    const replay = await client.get("/api/me");
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe("unauthenticated");
  });

  it("marks the cookie Secure when the request is not plain http to this machine", async () => {
    // fetch will not send another Host, so speak HTTP directly, as a reverse proxy would.
    const { statusCode, setCookie } = await new Promise<{ statusCode?: number; setCookie: string[] }>((resolve, reject) => {
      const request = httpRequest(
        `${server.url}/api/auth/login`,
        { method: "POST", headers: { "content-type": "application/json", host: "penholder.example.org" } },
        (response) => {
          response.resume();
          resolve({ statusCode: response.statusCode, setCookie: response.headers["set-cookie"] ?? [] });
        },
      );
      request.on("error", reject);
      request.end(JSON.stringify({ email: demoEmail("observer"), password: DEMO_PASSWORD }));
    });
    expect(statusCode).toBe(200);
    expect(setCookie.find((c) => c.startsWith("penholder_session="))).toMatch(/;\s*Secure/i);
  });

  it("stores only a hash of the session secret", async () => {
    const client = createClient(server.url);
    await client.loginAs("lp.chair");
    const [id, secret] = decodeURIComponent(client.cookie!.split("=")[1]!).split(".");
    const row = await server.store.sessions.byId(id!);
    expect(row).toBeDefined();
    expect(row!.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(row!.secret_hash).not.toContain(secret!);
    expect(JSON.stringify(row)).not.toContain(secret!);
    // A token with the right id but a wrong secret is refused.
    client.setCookie(`penholder_session=${id}.${"a".repeat(secret!.length)}`);
    expect((await client.get("/api/me")).status).toBe(401);
  });

  it("slides the expiry for active sessions and ends idle ones", async () => {
    const client = createClient(server.url);
    await client.loginAs("wg2.member");
    const id = decodeURIComponent(client.cookie!.split("=")[1]!).split(".")[0]!;
    const first = (await server.store.sessions.byId(id))!.expires_at;

    clock.advance(SESSION_LIFETIME_MS / 2 + 60_000);
    const used = await client.get("/api/me");
    expect(used.status).toBe(200);
    expect(used.headers.getSetCookie().some((c) => c.startsWith("penholder_session="))).toBe(true);
    const extended = (await server.store.sessions.byId(id))!.expires_at;
    expect(extended).toBeGreaterThan(first);

    clock.advance(SESSION_LIFETIME_MS + 1);
    expect((await client.get("/api/me")).status).toBe(401);
    expect(await server.store.sessions.byId(id)).toBeUndefined();
  });

  it("answers a wrong password and an unknown email identically", async () => {
    const client = createClient(server.url);
    const wrongPassword = await client.post("/api/auth/login", { email: demoEmail("wg3.member"), password: "not-the-password" });
    const unknown = await client.post("/api/auth/login", { email: "nobody@demo.penholder.test", password: "not-the-password" });
    expect(wrongPassword.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(unknown.body).toEqual(wrongPassword.body);
    expect(wrongPassword.body.error.code).toBe("invalid_credentials");
    expect(client.cookie).toBeNull();
  });

  it("slows guessing per account and address, and never locks the owner out from their own address", async () => {
    const email = demoEmail("wg4.member");
    const signIn = (address: string, password: string, headers?: Record<string, string>) =>
      postFrom(server.url, address, "/api/auth/login", { email, password }, headers);
    // The owner has signed in from home before.
    expect((await signIn("127.0.0.2", DEMO_PASSWORD)).status).toBe(200);

    // A guesser elsewhere: five tries, then a wait that doubles. X-Forwarded-For from a peer that is not a trusted
    // proxy is ignored, so a fresh one on every request does not make a fresh address.
    const guess = (i: number) => signIn("127.0.0.3", `guess-${i}-wrong`, { "x-forwarded-for": `198.51.100.${i}` });
    for (let i = 0; i < 5; i++) expect((await guess(i)).status).toBe(401);
    const slowed = await guess(5);
    expect(slowed.status).toBe(429);
    expect(slowed.body.error.code).toBe("rate_limited");
    expect(slowed.body.error.message).toMatch(/Wait 1 second and try again/);
    expect(slowed.headers.get("retry-after")).toBe("1");
    clock.advance(1000);
    expect((await guess(6)).status).toBe(401);
    expect((await guess(7)).headers.get("retry-after")).toBe("2");

    // Meanwhile the owner signs in from home at once, and so does anyone from a third place.
    expect((await signIn("127.0.0.2", DEMO_PASSWORD)).status).toBe(200);
    expect((await signIn("127.0.0.4", DEMO_PASSWORD)).status).toBe(200);

    // Guessers spread over many addresses empty the account's shared budget for places it never signed in from:
    // those wait seconds, not minutes, and the owner at a known place is still not slowed at all.
    // Six wrong guesses so far; the budget is 20.
    let spreadGuesses = 0;
    for (let host = 10; spreadGuesses < 14; host++) {
      for (let i = 0; i < 5 && spreadGuesses < 14; i++, spreadGuesses++) expect((await signIn(`127.0.1.${host}`, `spread-${i}-wrong`)).status).toBe(401);
    }
    expect((await signIn("127.0.1.99", "one-more-wrong")).status).toBe(429);
    const newPlace = await signIn("127.0.0.9", DEMO_PASSWORD);
    expect(newPlace.status).toBe(429);
    expect(newPlace.body.error.message).toMatch(/sign-ins to it from new places are slowed down/);
    expect(Number(newPlace.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(Number(newPlace.headers.get("retry-after"))).toBeLessThanOrEqual(60);
    expect((await signIn("127.0.0.2", DEMO_PASSWORD)).status).toBe(200);
    expect((await signIn("127.0.0.4", DEMO_PASSWORD)).status).toBe(200);

    clock.advance(60 * 60 * 1000);
    expect((await signIn("127.0.0.9", DEMO_PASSWORD)).status).toBe(200);
  });

  it("refuses state-changing requests from another site, and allows our own origin", async () => {
    const client = createClient(server.url);
    await client.loginAs("secretariat");
    const body = { slug: "csrf-test", name: "CSRF test" };
    const foreign = await client.post("/api/groups", body, { origin: "https://attacker.example" });
    expect(foreign.status).toBe(403);
    expect(foreign.body.error.code).toBe("forbidden");
    const crossSite = await client.post("/api/groups", body, { "sec-fetch-site": "cross-site" });
    expect(crossSite.status).toBe(403);
    const nullOrigin = await client.post("/api/groups", body, { origin: "null", "sec-fetch-site": "cross-site" });
    expect(nullOrigin.status).toBe(403);
    expect(await server.store.groups.bySlug("csrf-test")).toBeUndefined();

    const own = await client.post("/api/groups", body, { origin: server.url, "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(201);
    // Logout is state-changing too.
    expect((await client.post("/api/auth/logout", undefined, { origin: "https://attacker.example" })).status).toBe(403);
    expect((await client.get("/api/me")).status).toBe(200);
  });

  it("signs a deactivated account out at once", async () => {
    const admin = createClient(server.url);
    await admin.loginAs("secretariat");
    const member = createClient(server.url);
    await member.loginAs("wg1.second");
    const target = (await server.store.users.byEmail(demoEmail("wg1.second")))!;
    expect((await admin.patch(`/api/users/${target.id}`, { active: false })).status).toBe(200);
    expect((await member.get("/api/me")).status).toBe(401);
    const again = await member.post("/api/auth/login", { email: demoEmail("wg1.second"), password: DEMO_PASSWORD });
    expect(again.status).toBe(401);
    expect((await admin.patch(`/api/users/${target.id}`, { active: true })).status).toBe(200);
  });

  it("hashes passwords with Argon2id", async () => {
    const user = (await server.store.users.byEmail(demoEmail("secretariat")))!;
    expect(user.password_hash).toMatch(/^\$argon2id\$/);
  });
});
