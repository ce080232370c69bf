/**
 * Several real Penholder instances (processes running server/main.ts, as `npm start` does) on one PostgreSQL
 * database and one Redis, and a loopback load balancer without sticky sessions in front of them.
 */
import net from "node:net";
import { startMain, type MainProcess } from "./process";

export interface Health {
  status: "ok" | "degraded";
  redis: "off" | "ok" | "down";
  /** The instance's id: its Redis connections are named penholder-<instance>. */
  instance: string;
  openDocuments: number;
  connections: number;
}

export interface Instance {
  /** http://localhost:<port> */
  url: string;
  pid: number;
  health(): Promise<Health>;
  /** SIGKILL: the process dies at once, storing nothing more. Resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGSTOP / SIGCONT: the process stands still (reads nothing, answers nothing), then goes on. */
  pause(): void;
  resume(): void;
  /** Ends the process with the signal and waits until it has; idempotent. */
  stop(signal: NodeJS.Signals): Promise<void>;
  output(): string;
}

export interface InstanceOptions {
  databaseUrl: string;
  redisUrl: string;
  env?: Record<string, string>;
}

/** Starts `count` instances; the first seeds the demo data, the others join it. */
export async function startInstances(count: number, options: InstanceOptions): Promise<Instance[]> {
  const env = { DATABASE_URL: options.databaseUrl, REDIS_URL: options.redisUrl, ...options.env };
  const first = await startMain({ ...env, PENHOLDER_SEED: "demo" });
  const rest = await Promise.allSettled(Array.from({ length: count - 1 }, () => startMain({ ...env, PENHOLDER_SEED: "none" })));
  const started = [first, ...rest.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []))];
  const failed = rest.find((r): r is PromiseRejectedResult => r.status === "rejected");
  if (failed) {
    await Promise.all(started.map((p) => p.stop("SIGKILL")));
    throw failed.reason;
  }
  return started.map(asInstance);
}

function asInstance(main: MainProcess): Instance {
  return {
    url: main.url,
    pid: main.pid,
    async health() {
      return (await (await fetch(`${main.url}/api/health`)).json()) as Health;
    },
    kill: () => main.stop("SIGKILL"),
    pause: () => process.kill(main.pid, "SIGSTOP"),
    resume: () => process.kill(main.pid, "SIGCONT"),
    async stop(signal) {
      // A paused process would not act on SIGTERM until continued.
      if (main.child.exitCode === null && main.child.signalCode === null) process.kill(main.pid, "SIGCONT");
      await main.stop(signal);
    },
    output: main.output,
  };
}

export interface Balancer {
  /** http://localhost:<port>: what clients connect to. */
  url: string;
  close(): Promise<void>;
}

/**
 * A TCP load balancer on loopback: each new connection goes to the next upstream in turn (no stickiness); an
 * upstream that refuses the connection is skipped for the next one, as a proxy with health checks would.
 */
export async function startBalancer(upstreams: readonly string[]): Promise<Balancer> {
  const ports = upstreams.map((url) => Number(new URL(url).port));
  let next = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    sockets.add(client);
    client.on("close", () => sockets.delete(client));
    // A client that goes (a reset) while its upstream is being chosen must not crash the test process.
    client.on("error", () => {});
    client.pause();
    const tryUpstream = (attempt: number) => {
      if (attempt >= ports.length) return client.destroy();
      const port = ports[next++ % ports.length]!;
      const upstream = net.connect(port, "127.0.0.1");
      let connected = false;
      upstream.once("connect", () => {
        connected = true;
        if (client.destroyed) return upstream.destroy(); // the client went while we chose
        sockets.add(upstream);
        upstream.on("close", () => sockets.delete(upstream));
        client.pipe(upstream).pipe(client);
        client.resume();
        upstream.on("error", () => client.destroy());
        client.on("error", () => upstream.destroy());
        upstream.on("close", () => client.destroy());
        client.on("close", () => upstream.destroy());
      });
      upstream.once("error", () => {
        if (!connected) tryUpstream(attempt + 1);
      });
    };
    tryUpstream(0);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    url: `http://localhost:${port}`,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
