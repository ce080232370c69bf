import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";

describe("bad input gets a clear JSON error and loses nothing", () => {
  let server: TestServer;
  let admin: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    admin = createClient(server.url);
    await admin.loginAs("secretariat");
  });
  afterAll(() => server?.close());

  const expectError = (response: { status: number; body: any }, status: number, code: string) => {
    expect(response.status).toBe(status);
    expect(response.body).toMatchObject({ error: { code, message: expect.any(String) } });
    expect(response.body.error.message.length).toBeGreaterThan(10);
  };

  it("refuses malformed JSON", async () => {
    const response = await admin.request("POST", "/api/groups", {
      body: '{"slug": "broken", "name": ',
      headers: { "content-type": "application/json" },
    });
    expectError(response, 400, "bad_request");
    expect(response.body.error.message).toMatch(/JSON/);
  });

  it("refuses a body that is not JSON", async () => {
    const response = await admin.request("POST", "/api/groups", {
      body: "slug=x&name=y",
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expectError(response, 400, "bad_request");
  });

  it("refuses wrong types and names the field", async () => {
    const wrongType = await admin.post("/api/groups", { slug: 42, name: ["not", "a", "string"] });
    expectError(wrongType, 400, "validation_failed");
    expect(wrongType.body.error.message).toMatch(/slug|name/);
    expect(wrongType.body.error.details.issues.length).toBeGreaterThan(0);

    const login = await createClient(server.url).post("/api/auth/login", { email: "not-an-email", password: 5 });
    expectError(login, 400, "validation_failed");

    const user = await admin.post("/api/users", { email: "x@example.org", name: "X", role: "emperor", password: "long-enough-pass" });
    expectError(user, 400, "validation_failed");
    expect(user.body.error.message).toMatch(/role/);
  });

  it("refuses an oversized body", async () => {
    const huge = JSON.stringify({ title: "Huge", description: "x".repeat(2 * 1024 * 1024) });
    const response = await admin.request("POST", "/api/documents", { body: huge, headers: { "content-type": "application/json" } });
    expectError(response, 413, "payload_too_large");
  });

  it("refuses JSON that is valid but the wrong shape", async () => {
    expectError(await admin.post("/api/groups", []), 400, "validation_failed");
    expectError(await admin.post("/api/groups", "just a string"), 400, "validation_failed");
    expectError(await admin.post("/api/groups", null), 400, "validation_failed");
    expectError(await admin.patch("/api/groups/abc", {}), 400, "validation_failed");
  });

  it("answers unknown routes and bad ids with JSON 404s", async () => {
    expectError(await admin.get("/api/no-such-thing"), 404, "not_found");
    expectError(await admin.post("/api/documents/zzz/unknown", {}), 404, "not_found");
    expectError(await admin.get("/api/documents/does-not-exist"), 404, "not_found");
    expectError(await admin.get("/api/documents/bad%20id%3B%20drop"), 400, "validation_failed");
  });

  it("refuses a garbage session cookie without an error page", async () => {
    const client = createClient(server.url);
    for (const cookie of ["penholder_session=", "penholder_session=...", `penholder_session=${"x".repeat(5000)}`, "penholder_session=a.b.c"]) {
      client.setCookie(cookie);
      expectError(await client.get("/api/me"), 401, "unauthenticated");
    }
  });

  it("is still up and has lost nothing", async () => {
    const health = await admin.get("/api/health");
    expect(health.status).toBe(200);
    expect(health.body.status).toBe("ok");
    const documents = await admin.get("/api/documents");
    expect(documents.status).toBe(200);
    expect(documents.body.documents).toHaveLength(2);
    expect(await server.store.groups.bySlug("broken")).toBeUndefined();
  });
});
