/**
 * A throwaway, real PostgreSQL server for tests.
 *
 * startPostgres() runs Debian's `initdb` + `postgres` (apt-get install
 * postgresql) in a fresh temp directory, listening only on 127.0.0.1 on a
 * free port, with its unix socket in the temp directory. It is tuned for
 * speed, not durability (fsync off, no WAL flushes). Each test file should
 * get its own database via createTestDatabase(inject("postgresUrl")).
 *
 * When running as root (CI), initdb/postgres refuse to run, so they are
 * started as the `postgres` system user through `runuser`.
 */
import { execFile, execFileSync, spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { freePort } from "./freePort";

const execFileAsync = promisify(execFile);

const PG_ROOT = "/usr/lib/postgresql";
const NOT_INSTALLED = "PostgreSQL is not installed: apt-get install postgresql";

export interface PostgresServer {
  /** Admin URL, to the `postgres` database. */
  url: string;
  port: number;
  /** Creates a fresh, empty database (random name by default) and returns its URL. */
  createDatabase(name?: string): Promise<string>;
  /** Fast shutdown (SIGINT), waits for exit, removes the temp directory. Idempotent. */
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** How long to wait for the server to accept connections. Default 30 s. */
  startTimeoutMs?: number;
}

/** Directory holding initdb/postgres: $PENHOLDER_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin. */
export function findPostgresBin(): string {
  const hasBinaries = (dir: string) =>
    fs.existsSync(path.join(dir, "initdb")) && fs.existsSync(path.join(dir, "postgres"));

  const override = process.env.PENHOLDER_PG_BIN;
  if (override) {
    if (!hasBinaries(override)) throw new Error(`PENHOLDER_PG_BIN=${override} has no initdb/postgres. ${NOT_INSTALLED}`);
    return override;
  }
  let versions: string[] = [];
  try {
    versions = fs.readdirSync(PG_ROOT);
  } catch {
    // no /usr/lib/postgresql at all
  }
  const candidates = versions
    .filter((v) => /^\d+(\.\d+)?$/.test(v) && hasBinaries(path.join(PG_ROOT, v, "bin")))
    .sort((a, b) => Number(b) - Number(a));
  if (candidates.length === 0) throw new Error(`${NOT_INSTALLED} (no initdb/postgres under ${PG_ROOT}/*/bin)`);
  return path.join(PG_ROOT, candidates[0]!, "bin");
}

/**
 * Connects to adminUrl, creates a database (random name unless given) and
 * returns its URL. Test files call createTestDatabase(inject("postgresUrl")).
 */
export async function createTestDatabase(adminUrl: string, name: string = randomDbName()): Promise<string> {
  if (!adminUrl) {
    throw new Error('createTestDatabase: no admin URL; is test/helpers/globalSetup.ts in vitest.config.ts "globalSetup"?');
  }
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) throw new Error(`createTestDatabase: invalid database name ${JSON.stringify(name)}`);
  const client = new pg.Client({ connectionString: adminUrl });
  client.on("error", () => {}); // the server going away must not crash the process
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end().catch(() => {});
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function startPostgres(options: StartPostgresOptions = {}): Promise<PostgresServer> {
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const bin = findPostgresBin();
  const asRoot = process.getuid?.() === 0;

  // Unix socket paths are limited to ~107 bytes, and as root the postgres user must reach the dir.
  let base = os.tmpdir();
  if (base.length > 60 || (asRoot && !othersCanTraverse(base))) base = "/tmp";
  const dir = fs.mkdtempSync(path.join(base, "penholder-pg-"));
  const dataDir = path.join(dir, "data");
  const logFile = path.join(dir, "postgres.log");

  let user: { uid: number; gid: number } | undefined;
  if (asRoot) {
    try {
      user = postgresUser();
    } catch (err) {
      fs.rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    fs.chownSync(dir, user.uid, user.gid);
  }
  // As root: runuser -u postgres -- <binary> <args>; otherwise run the binary directly.
  const command = (binary: string, args: string[]): [string, string[]] =>
    asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, binary), ...args]] : [path.join(bin, binary), args];

  let child: ChildProcess | undefined;
  let postmasterPid: number | undefined;
  let watchdog: ChildProcess | undefined;
  let stopped = false;

  // With runuser, child.pid is runuser, not the postmaster, so always signal the
  // postmaster itself (its pid is the first line of data/postmaster.pid).
  const currentPostmasterPid = (): number | undefined => {
    if (postmasterPid) return postmasterPid;
    try {
      const pid = Number(fs.readFileSync(path.join(dataDir, "postmaster.pid"), "utf8").split("\n")[0]);
      return Number.isInteger(pid) && pid > 0 ? pid : undefined;
    } catch {
      return undefined;
    }
  };
  const signalPostmaster = (sig: NodeJS.Signals): boolean => {
    const pid = currentPostmasterPid();
    if (!pid) return false;
    try {
      process.kill(pid, sig);
      return true;
    } catch {
      return false; // already gone
    }
  };
  const childRunning = () => child !== undefined && child.exitCode === null && child.signalCode === null;

  // Last resort if the process exits without stop(): immediate shutdown
  // (must be synchronous; the watchdog below removes the directory).
  const onExit = () => {
    if (!signalPostmaster("SIGQUIT") && childRunning()) child!.kill("SIGTERM");
  };

  /** Shuts the server down with `sig`, escalating to SIGQUIT then SIGKILL, and removes the directory. */
  const shutdown = async (sig: NodeJS.Signals) => {
    const pid = currentPostmasterPid();
    if (pid) {
      const gone = async (ms: number) => {
        const deadline = Date.now() + ms;
        while (isAlive(pid) && Date.now() < deadline) await sleep(25);
        return !isAlive(pid);
      };
      signalPostmaster(sig);
      if (!(await gone(15_000))) {
        signalPostmaster("SIGQUIT"); // immediate shutdown
        if (!(await gone(5_000))) signalPostmaster("SIGKILL");
      }
    } else if (childRunning()) {
      child!.kill("SIGTERM"); // no pid file yet; runuser passes SIGTERM on to postgres
    }
    if (childRunning()) {
      const running = child!;
      await Promise.race([new Promise((resolve) => running.once("exit", resolve)), sleep(5_000)]);
      if (childRunning()) running.kill("SIGKILL");
    }
    process.removeListener("exit", onExit);
    watchdog?.kill();
    fs.rmSync(dir, { recursive: true, force: true });
  };

  try {
    // --- initdb -------------------------------------------------------------
    const [initCmd, initArgs] = command("initdb", [
      "-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8", "--locale=C",
    ]);
    try {
      await execFileAsync(initCmd, initArgs, { cwd: dir, env: { ...process.env, LC_ALL: "C" } });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string; message: string };
      throw new Error(`initdb failed: ${e.message}\n${e.stdout ?? ""}${e.stderr ?? ""}`);
    }

    // --- postgres (retried on the rare free-port race) ----------------------
    process.on("exit", onExit);
    let port = 0;
    for (let attempt = 1; ; attempt++) {
      port = await freePort();
      const logFd = fs.openSync(logFile, "a");
      if (user) fs.fchownSync(logFd, user.uid, user.gid);
      const [cmd, args] = command("postgres", [
        "-D", dataDir, "-k", dir, "-p", String(port), "-h", "127.0.0.1", "-F",
        "-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off",
      ]);
      const spawned = spawn(cmd, args, { cwd: dir, stdio: ["ignore", logFd, logFd] });
      child = spawned;
      fs.closeSync(logFd);
      const exited = new Promise<string>((resolve) => {
        spawned.once("exit", (code, signal) => resolve(`exited with ${signal ?? `code ${code}`}`));
        spawned.once("error", (err) => resolve(`failed to start: ${err.message}`));
      });

      const outcome = await waitUntilReady(`postgres://postgres@127.0.0.1:${port}/postgres`, exited, startTimeoutMs);
      if (outcome === "ready") break;
      const tail = logTail(logFile);
      if (outcome !== "timeout" && /could not bind|already in use/i.test(tail) && attempt < 3) continue;
      throw new Error(
        outcome === "timeout"
          ? `PostgreSQL did not accept connections on 127.0.0.1:${port} within ${startTimeoutMs} ms. Server log (${logFile}):\n${tail}`
          : `PostgreSQL ${outcome} before accepting connections. Server log (${logFile}):\n${tail}`,
      );
    }

    postmasterPid = currentPostmasterPid();
    if (!postmasterPid) throw new Error(`PostgreSQL is up but ${dataDir}/postmaster.pid is unreadable`);

    // Even if this process is SIGKILLed, don't leave a server behind: a detached
    // watchdog shuts it down and removes the directory once we are gone.
    // (It exits by itself when stop() removes the directory.)
    watchdog = spawn(
      "sh",
      [
        "-c",
        `while kill -0 ${process.pid} 2>/dev/null && [ -d "$1" ]; do sleep 1; done
         [ -d "$1" ] || exit 0
         kill -INT ${postmasterPid} 2>/dev/null
         i=0; while kill -0 ${postmasterPid} 2>/dev/null && [ $i -lt 100 ]; do sleep 0.1; i=$((i+1)); done
         kill -KILL ${postmasterPid} 2>/dev/null
         rm -rf "$1"`,
        "penholder-pg-watchdog",
        dir,
      ],
      { detached: true, stdio: "ignore" },
    );
    watchdog.on("error", () => {}); // best effort
    watchdog.unref();

    const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
    return {
      url,
      port,
      createDatabase: (name?: string) => createTestDatabase(url, name),
      async stop() {
        if (stopped) return;
        stopped = true;
        await shutdown("SIGINT"); // fast shutdown: ends open sessions, doesn't wait for clients
      },
    };
  } catch (err) {
    stopped = true;
    await shutdown("SIGQUIT");
    throw err;
  }
}

/** Polls until a connection succeeds ("ready"), the server exits (the reason), or time runs out ("timeout"). */
async function waitUntilReady(url: string, exited: Promise<string>, timeoutMs: number): Promise<string> {
  let exitReason: string | undefined;
  void exited.then((reason) => (exitReason = reason));
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (exitReason) return exitReason;
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
    client.on("error", () => {});
    try {
      await client.connect();
      await client.query("SELECT 1");
      return "ready";
    } catch {
      // not up yet (connection refused / "the database system is starting up")
    } finally {
      await client.end().catch(() => {});
    }
    await sleep(50);
  }
  return exitReason ?? "timeout";
}

function postgresUser(): { uid: number; gid: number } {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    throw new Error(`Running as root, but there is no "postgres" system user to run PostgreSQL as. ${NOT_INSTALLED}`);
  }
}

/** Whether every ancestor of dir is searchable by "others" (the postgres user, when we are root). */
function othersCanTraverse(dir: string): boolean {
  for (let d = path.resolve(dir); ; d = path.dirname(d)) {
    if ((fs.statSync(d).mode & 0o001) === 0) return false;
    if (d === path.dirname(d)) return true;
  }
}

function logTail(logFile: string, lines = 30): string {
  try {
    const text = fs.readFileSync(logFile, "utf8").trimEnd();
    return text.split("\n").slice(-lines).join("\n") || "(empty log)";
  } catch {
    return "(no log)";
  }
}

function randomDbName(): string {
  return `test_${randomBytes(6).toString("hex")}`;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
