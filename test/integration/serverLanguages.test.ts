import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { createClient, type TestClient } from "../helpers/http";
import { demoEmail } from "../../server/seed/demo";

// The server's messages in the language the request asks for (the app sends its interface language as
// Accept-Language), else the account's stored choice, else English; the codes a client branches on never change.

describe("messages the server writes, in the reader's language", () => {
  let server: TestServer;
  let admin: TestClient;
  let observer: TestClient;

  beforeAll(async () => {
    server = await startTestServer();
    admin = createClient(server.url);
    await admin.loginAs("secretariat");
    observer = createClient(server.url);
    await observer.loginAs("observer");
  });
  afterAll(() => server?.close());

  const asking = (language: string) => ({ "accept-language": language });

  it("says a 404 in Arabic, a 403 in Chinese and a 409 in French, with the codes unchanged", async () => {
    const missing = await admin.get("/api/documents/no-such-document", asking("ar"));
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: "not_found", message: "لم يُعثر على هذه الوثيقة." });

    const refused = await observer.post("/api/documents", { title: "Projet", language: "fr" }, asking("zh-CN,zh;q=0.9,en;q=0.8"));
    expect(refused.status).toBe(403);
    expect(refused.body.error).toEqual({ code: "forbidden", message: "只有秘书处创建文件。" });

    const taken = await admin.post("/api/groups", { slug: "wg1", name: "Doublon" }, asking("fr-CH, fr;q=0.9"));
    expect(taken.status).toBe(409);
    expect(taken.body.error).toEqual({ code: "conflict", message: "Un groupe portant le nom court «\u00a0wg1\u00a0» existe déjà." });

    // The same refusal in English, word for word as before.
    const english = await admin.post("/api/groups", { slug: "wg1", name: "Duplicate" }, asking("en-GB"));
    expect(english.body.error).toEqual({ code: "conflict", message: 'A group with the short name "wg1" already exists.' });
  });

  it("says a failed sign-in and a refused request body in the asked language", async () => {
    const anonymous = createClient(server.url);
    const wrong = await anonymous.post("/api/auth/login", { email: demoEmail("wg1.member"), password: "not the password" }, asking("ar"));
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toEqual({ code: "invalid_credentials", message: "البريد الإلكتروني أو كلمة المرور غير صحيحة." });

    // A rule of our own schema (shared/api), and one of zod's own, both in French with its spacing.
    const badEmail = await anonymous.post("/api/auth/login", { email: "not an address", password: "x" }, asking("fr"));
    expect(badEmail.status).toBe(400);
    expect(badEmail.body.error.code).toBe("validation_failed");
    expect(badEmail.body.error.message).toBe("email\u00a0: Saisissez une adresse électronique telle que name@example.org.");
    const noPassword = await anonymous.post("/api/auth/login", { email: demoEmail("wg1.member") }, asking("fr"));
    expect(noPassword.body.error.code).toBe("validation_failed");
    expect(noPassword.body.error.message).toMatch(/^password\u00a0: Entrée invalide/);
    const english = await anonymous.post("/api/auth/login", { email: demoEmail("wg1.member") });
    expect(english.body.error.message).toBe("password: Invalid input: expected string, received undefined");

    const notJson = await anonymous.request("POST", "/api/auth/login", { body: "{", headers: { "content-type": "application/json", ...asking("es") } });
    expect(notJson.body.error).toEqual({ code: "bad_request", message: "El cuerpo de la solicitud no es un JSON válido." });
  });

  it("answers a person who chose Russian in Russian when the request names no language, and the request's language first", async () => {
    const client = createClient(server.url);
    await client.loginAs("wg5.member");
    expect((await client.request("PUT", "/api/me/locale", { json: { locale: "ru" } })).status).toBe(200);

    const missing = await client.get("/api/documents/no-such-document");
    expect(missing.body.error).toEqual({ code: "not_found", message: "Этот документ не найден." });
    const asked = await client.get("/api/documents/no-such-document", asking("es"));
    expect(asked.body.error.message).toBe("No se encontró ese documento.");
    // A header that names none of the six leaves the stored choice in charge.
    expect((await client.get("/api/documents/no-such-document", asking("de-DE, ja;q=0.5"))).body.error.message).toBe("Этот документ не найден.");
  });

  it("chooses by q-values and falls back to English on headers that name nothing it has", async () => {
    const anonymous = createClient(server.url);
    const said = async (header: string) => (await anonymous.get("/api/me", asking(header))).body.error.message as string;
    const english = "You are not signed in. Sign in and try again.";

    expect(await said("en;q=0.1, fr;q=0.9")).toBe("Vous n’êtes pas connecté. Connectez-vous et réessayez.");
    expect(await said("fr;q=0, es")).toBe("No ha iniciado sesión. Inicie sesión y vuelva a intentarlo.");
    expect(await said("de;q=1, zh-Hant-TW;q=0.5")).toBe("您尚未登录。请登录后重试。");
    // Past the first 1 024 characters nothing is read: the "ar" at the end of the last one is not seen.
    for (const header of ["*", "", ";;;,,,", "fr;q=abc", "fr;q=2", "ru;q=-1", "\u00e9\u00e9", "x".repeat(6000), "de,".repeat(2000) + "fr", `${"a-".repeat(600)}b, ar`]) {
      const answer = await anonymous.get("/api/me", asking(header));
      expect(answer.status, header.slice(0, 40)).toBe(401);
      expect(answer.body.error, header.slice(0, 40)).toEqual({ code: "unauthenticated", message: english });
    }
  });
});
