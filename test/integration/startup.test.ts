import { afterEach, describe, expect, it } from "vitest";
import { spawn, execFile, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { createClient } from "../helpers/http";

const run = promisify(execFile);
const TSX = join("node_modules", ".bin", "tsx");

// The real entry points as a user runs them: server/main.ts and the admin CLI, in child processes.
describe("start-up and the admin CLI", () => {
  const children: ChildProcess[] = [];
  const dirs: string[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) child.kill("SIGKILL");
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  function startMain(env: Record<string, string>): Promise<{ url: string; output: () => string }> {
    const child = spawn(TSX, ["server/main.ts"], { env: { ...process.env, PORT: "0", LOG_LEVEL: "silent", ...env } });
    children.push(child);
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), 20_000);
      child.stdout.on("data", () => {
        const match = /running: (http:\/\/localhost:\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve({ url: match[1]!, output: () => output });
        }
      });
      child.on("exit", (code) => reject(new Error(`server exited with ${code}:\n${output}`)));
    });
  }

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
      run(TSX, ["server/cli/admin.ts", ...args], { env: { ...process.env, ...env, ...extra } });
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
    children.pop()!.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 500));

    const second = await startMain(env);
    const again = createClient(second.url);
    await again.loginAs("secretariat");
    const groups = (await again.get("/api/groups")).body.groups as { slug: string }[];
    expect(groups.filter((g) => g.slug === "kept")).toHaveLength(1);
    expect((await again.get("/api/documents")).body.documents).toHaveLength(2);
  });

  it("refuses a bad configuration with a clear message", async () => {
    await expect(run(TSX, ["server/main.ts"], { env: { ...process.env, PORT: "not-a-port" } })).rejects.toMatchObject({
      stderr: expect.stringMatching(/configuration is not valid[\s\S]*PORT/),
    });
    await expect(run(TSX, ["server/main.ts"], { env: { ...process.env, DATABASE_URL: "mysql://x" } })).rejects.toMatchObject({
      stderr: expect.stringMatching(/DATABASE_URL/),
    });
  });
});
