/**
 * Debian's nginx (apt-get install nginx) in front of test instances, running the configuration that
 * docs/DEPLOY.md tells people to use (docs/deploy/nginx.conf) with three things changed for a test: its upstream
 * servers are the test's instances, it listens on a free loopback port, and without TLS (no certificate here).
 * Everything else (headers, WebSocket upgrade, timeouts, keepalive) is the documented file, word for word.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { freePort } from "./freePort";
import { RUN_MARKER_NAME } from "./leftoverProcesses";

const NGINX = process.env.PENHOLDER_NGINX ?? "/usr/sbin/nginx";
export const DOCUMENTED_CONFIG = path.resolve(import.meta.dirname, "../../docs/deploy/nginx.conf");

export interface NginxServer {
  /** http://localhost:<port>: what clients connect to. */
  url: string;
  port: number;
  /** The master process; its workers are its children. */
  pid: number;
  /** Its temp directory (configuration, pid file, temp files). */
  dir: string;
  /** The configuration it runs (the documented one, with the changes above). */
  config: string;
  output(): string;
  /** Fast shutdown (SIGTERM: open WebSockets are cut), waits for the master and its workers; removes the directory. Idempotent. */
  stop(): Promise<void>;
}

export interface NginxOptions {
  /** The instances, as http://host:port URLs (startInstances's `url`). */
  upstreams: readonly string[];
  /** An nginx `http`-block file shaped like docs/deploy/nginx.conf; that file by default. */
  configFile?: string;
}

export async function startNginx(options: NginxOptions): Promise<NginxServer> {
  if (!fs.existsSync(NGINX)) throw new Error(`nginx is not installed (${NGINX}): apt-get install nginx`);
  const documented = fs.readFileSync(options.configFile ?? DOCUMENTED_CONFIG, "utf8");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "penholder-nginx-"));
  try {
    for (let attempt = 1; ; attempt++) {
      const port = await freePort();
      const config = configForTest(documented, { port, upstreams: options.upstreams });
      fs.writeFileSync(path.join(dir, "penholder.conf"), config);
      fs.writeFileSync(path.join(dir, "nginx.conf"), wrapper(dir));
      const started = await launch(dir, port);
      if (started.ok) return handle(dir, port, config, started.child, started.output);
      if (/Address already in use/.test(started.output()) && attempt < 3) continue;
      throw new Error(`nginx did not start on 127.0.0.1:${port}:\n${started.output()}`);
    }
  } catch (error) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

/**
 * The documented configuration for a test: the `upstream penholder` servers replaced by `upstreams`, every
 * `listen` of the server block replaced by one plain-HTTP loopback `listen`, and the TLS (`ssl_*`) lines left out.
 * Throws when the file no longer has those parts, so a change of its shape is seen here first.
 */
export function configForTest(documented: string, target: { port: number; upstreams: readonly string[] }): string {
  if (target.upstreams.length === 0) throw new Error("nginx needs at least one upstream");
  const upstream = /^upstream penholder \{\n[\s\S]*?^\}/m.exec(documented);
  if (!upstream) throw new Error("docs/deploy/nginx.conf has no `upstream penholder { … }` block");
  const servers = target.upstreams.map((url) => `    server 127.0.0.1:${new URL(url).port};`).join("\n");
  let replacedServers = false;
  const block = upstream[0].replace(/^\s*server\s+[^;]+;\n/gm, () => {
    if (replacedServers) return "";
    replacedServers = true;
    return `${servers}\n`;
  });
  if (!replacedServers) throw new Error("docs/deploy/nginx.conf's upstream lists no `server` line");
  let config = documented.replace(upstream[0], block);

  let replacedListen = false;
  config = config.replace(/^\s*listen\s+[^;]+;\n/gm, () => {
    if (replacedListen) return "";
    replacedListen = true;
    return `    listen 127.0.0.1:${target.port};\n`;
  });
  if (!replacedListen) throw new Error("docs/deploy/nginx.conf has no `listen` line");
  return config.replace(/^\s*ssl_[a-z_]+\s+[^;]+;\n/gm, "");
}

/** The main configuration around the documented one: what /etc/nginx/nginx.conf would give it, inside `dir`. */
function wrapper(dir: string): string {
  return [
    // As root, workers would switch to "nobody", which may not read a private temp directory.
    ...(process.getuid?.() === 0 ? ["user root;"] : []),
    "worker_processes 1;",
    `pid ${dir}/nginx.pid;`,
    // Notice level: nginx says when its workers start, i.e. once it listens.
    "error_log stderr notice;",
    "daemon off;",
    "events { worker_connections 512; }",
    "http {",
    "    access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((kind) => `    ${kind}_temp_path ${dir}/${kind};`),
    `    include ${dir}/penholder.conf;`,
    "}",
    "",
  ].join("\n");
}

type Launched = { ok: true; child: ChildProcess; output(): string } | { ok: false; output(): string };

async function launch(dir: string, port: number): Promise<Launched> {
  // nginx writes its title over its environment, where the test run's marker is (leftoverProcesses.ts): the
  // marker goes on its command line too, which the title keeps, as a word (`env` passes it on to the workers).
  const marker = process.env[RUN_MARKER_NAME];
  const markerArgs = marker ? ["-g", `env ${RUN_MARKER_NAME}=${marker} ;`] : [];
  // Its own process group: the workers go with the master if it must be killed.
  const child = spawn(NGINX, ["-p", dir, "-e", "stderr", "-c", path.join(dir, "nginx.conf"), ...markerArgs], { stdio: ["ignore", "pipe", "pipe"], detached: true });
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  let gone = false;
  void exited.then(() => (gone = true));
  const deadline = Date.now() + 10_000;
  // The master binds the port before it starts its workers; a refused bind ends it (the port taken meanwhile).
  while (Date.now() < deadline && !gone) {
    if (/start worker process \d+/.test(output) && (await accepts(port))) return { ok: true, child, output: () => output };
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  if (!gone) {
    process.kill(-child.pid!, "SIGKILL");
    await exited;
  }
  return { ok: false, output: () => output || "(no output)" };
}

function handle(dir: string, port: number, config: string, child: ChildProcess, output: () => string): NginxServer {
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once("exit", () => resolve());
  });
  // If the test process ends without stop(), nginx (not a child that dies with it) goes too.
  const onExit = () => killGroup(child.pid!, "SIGKILL");
  process.on("exit", onExit);
  let stopping: Promise<void> | null = null;
  return {
    url: `http://localhost:${port}`,
    port,
    pid: child.pid!,
    dir,
    config,
    output,
    stop() {
      stopping ??= (async () => {
        killGroup(child.pid!, "SIGTERM");
        const timer = setTimeout(() => killGroup(child.pid!, "SIGKILL"), 5000);
        await exited;
        clearTimeout(timer);
        // Workers end with their master; one still closing a socket is ended with the group.
        killGroup(child.pid!, "SIGKILL");
        process.removeListener("exit", onExit);
        fs.rmSync(dir, { recursive: true, force: true });
      })();
      return stopping;
    },
  };
}

function killGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group has ended
  }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

