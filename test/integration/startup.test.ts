import { afterEach, describe, expect, it } from "vitest";
import { execFile } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createClient } from "../helpers/http";
import { nodeScript, startMain as start, type MainProcess } from "../helpers/process";

const run = promisify(execFile);

// The real entry points as a user runs them: server/main.ts and the admin CLI, in child processes.
// Each test starts several node processes (seconds each on a busy machine): a longer limit, for hangs only.
describe("start-up and the admin CLI", { timeout: 90_000 }, () => {
  const children: MainProcess[] = [];
  const dirs: string[] = [];
  afterEach(async () => {
    for (const child of children.splice(0)) await child.stop("SIGKILL");
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  const startMain = async (env: Record<string, string>) => {
    const main = await start(env);
    children.push(main);
    return main;
  };

  it("starts empty with PENHOLDER_SEED=none; the CLI creates the first admin, who can sign in", async () => {
    const dir = mkdtempSync(join(tmpdir(), "penholder-cli-"));
    dirs.push(dir);
    const env = { DATABASE_URL: `sqlite:${join(dir, "app.db")}`, PENHOLDER_SEED: "none" };
    const { url, output } = await startMain(env);
    expect(output()).toMatch(/npm run admin -- create-user/);
    const client = createClient(url);
    expect((await client.get("/api/health")).status).toBe(200);
    expect((await client.post("/api/auth/login", { email: "secretariat@demo.penholder.test", password: "penholder-demo" })).status).toBe(401);

    const cli = (args: string[], extra: Record<string, string> = {}) =>
      run(...nodeScript("server/cli/admin.ts", ...args), { env: { ...process.env, ...env, ...extra } });
    await cli(["create-group", "--slug", "wg1", "--name", "WG1 Funding strategy"]);
    const created = await cli(
      ["create-user", "--email", "Head@Secretariat.example", "--name", "Head of Secretariat", "--role", "admin", "--group", "wg1"],
      { PENHOLDER_PASSWORD: "first-admin-password" },
    );
    expect(created.stdout).toMatch(/Created admin head@secretariat.example/);
    const listed = await cli(["list-users"]);
    expect(listed.stdout).toMatch(/head@secretariat.example\tadmin\twg1/);

    await expect(cli(["create-user", "--email", "x@example.org", "--name", "X", "--role", "king"], { PENHOLDER_PASSWORD: "first-admin-password" })).rejects.toMatchObject({
      stderr: expect.stringMatching(/admin|chair|member|observer/),
    });
    await expect(cli(["create-user", "--email", "y@example.org", "--name", "Y", "--role", "member"], { PENHOLDER_PASSWORD: "short" })).rejects.toMatchObject({
      stderr: expect.stringMatching(/10 characters/),
    });

    const login = await client.post("/api/auth/login", { email: "head@secretariat.example", password: "first-admin-password" });
    expect(login.status).toBe(200);
    expect(login.body.user).toMatchObject({ role: "admin", groups: [{ slug: "wg1" }] });
  });

  it("seeds demo data once and keeps it across restarts", async () => {
    const dir = mkdtempSync(join(tmpdir(), "penholder-seed-"));
    dirs.push(dir);
    const env = { DATABASE_URL: `sqlite:${join(dir, "app.db")}` };
    const first = await startMain(env);
    expect(first.output()).toMatch(/secretariat@demo.penholder.test \/ penholder-demo/);
    const client = createClient(first.url);
    await client.loginAs("secretariat");
    await client.post("/api/groups", { slug: "kept", name: "Kept across restarts" });
    await children.pop()!.stop("SIGTERM");

    const second = await startMain(env);
    const again = createClient(second.url);
    await again.loginAs("secretariat");
    const groups = (await again.get("/api/groups")).body.groups as { slug: string }[];
    expect(groups.filter((g) => g.slug === "kept")).toHaveLength(1);
    expect((await again.get("/api/documents")).body.documents).toHaveLength(2);
  });

  it("refuses a bad configuration with a clear message", async () => {
    await expect(run(...nodeScript("server/main.ts"), { env: { ...process.env, PORT: "not-a-port" } })).rejects.toMatchObject({
      stderr: expect.stringMatching(/configuration is not valid[\s\S]*PORT/),
    });
    await expect(run(...nodeScript("server/main.ts"), { env: { ...process.env, DATABASE_URL: "mysql://x" } })).rejects.toMatchObject({
      stderr: expect.stringMatching(/DATABASE_URL/),
    });
  });
});
