import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BACKENDS, startTestServer, type TestServer } from "../helpers/server";
import { createClient } from "../helpers/http";

describe.each(BACKENDS)("the interface language kept with the account (%s)", (backend) => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startTestServer({ backend });
  });
  afterAll(() => server?.close());

  it("is unset until chosen, then kept for every later session", async () => {
    const client = createClient(server.url);
    const login = await client.loginAs("wg2.member");
    expect(login.body.user.locale).toBeNull();

    const set = await client.request("PUT", "/api/me/locale", { json: { locale: "ar" } });
    expect(set.status).toBe(200);
    expect(set.body.user).toMatchObject({ locale: "ar", role: "member" });
    expect((await client.get("/api/me")).body.user.locale).toBe("ar");

    // Another device signs in and finds the choice.
    const elsewhere = createClient(server.url);
    expect((await elsewhere.loginAs("wg2.member")).body.user.locale).toBe("ar");
    await elsewhere.request("PUT", "/api/me/locale", { json: { locale: "zh" } });
    expect((await client.get("/api/me")).body.user.locale).toBe("zh");
  });

  it("takes only the six languages, and only from a signed-in person", async () => {
    const client = createClient(server.url);
    expect((await client.request("PUT", "/api/me/locale", { json: { locale: "fr" } })).status).toBe(401);

    await client.loginAs("wg3.member");
    for (const locale of ["de", "FR", "", null, 7]) {
      const refused = await client.request("PUT", "/api/me/locale", { json: { locale } });
      expect(refused.status).toBe(400);
      expect(refused.body.error.code).toBe("validation_failed");
    }
    expect((await client.get("/api/me")).body.user.locale).toBeNull();
  });
});
