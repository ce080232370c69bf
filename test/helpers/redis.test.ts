import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import { describe, expect, it } from "vitest";
import { createClient } from "@redis/client";
import { startRedis } from "./redis";
import { pidsListeningOn, processExists, processTable } from "./procTable";
import { RUN_MARKER_NAME } from "./leftoverProcesses";

// The throwaway redis-server of the tests of several instances: really started, really gone.

const clientOf = (url: string) => createClient({ url, socket: { reconnectStrategy: false } });

async function withRedis<T>(url: string, use: (client: ReturnType<typeof clientOf>) => Promise<T>): Promise<T> {
  const client = clientOf(url);
  client.on("error", () => {});
  await client.connect();
  try {
    return await use(client);
  } finally {
    client.destroy();
  }
}

const refused = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(true));
  });

/** The one redis-server listening on the port, and its working directory (--dir). */
function serverOn(port: number): { pid: number; dir: string } {
  const pids = pidsListeningOn(port);
  expect(pids).toHaveLength(1);
  return { pid: pids[0]!, dir: fs.readlinkSync(`/proc/${pids[0]}/cwd`) };
}

describe("test Redis", () => {
  it("answers PING on a free loopback port, from a fresh directory, saving nothing", async () => {
    const redis = await startRedis();
    try {
      expect(redis.url).toBe(`redis://127.0.0.1:${redis.port}`);
      expect(await redis.command(["PING"])).toBe("+PONG");
      const config = await withRedis(redis.url, async (client) => ({
        ping: await client.ping(),
        save: (await client.configGet("save")).save,
        appendonly: (await client.configGet("appendonly")).appendonly,
        bind: (await client.configGet("bind")).bind,
      }));
      expect(config).toEqual({ ping: "PONG", save: "", appendonly: "no", bind: "127.0.0.1" });
      const { pid, dir } = serverOn(redis.port);
      expect(dir.startsWith(fs.realpathSync(os.tmpdir()))).toBe(true);
      // Known as the run's: the run's teardown would find it if it were left.
      const marker = `${RUN_MARKER_NAME}=${process.env[RUN_MARKER_NAME]}`;
      expect(processTable(marker).find((entry) => entry.pid === pid)?.carriesMarker).toBe(true);
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      await redis.close();
    }
  });

  it("stops like an outage and restarts on the same port, empty", async () => {
    const redis = await startRedis();
    try {
      await withRedis(redis.url, (client) => client.set("penholder:left", "before"));
      const before = serverOn(redis.port);
      await redis.stop();
      expect(processExists(before.pid)).toBe(false);
      expect(await refused(redis.port)).toBe(true);
      await redis.stop(); // again: nothing to do

      await redis.restart();
      const after = serverOn(redis.port);
      expect(after.pid).not.toBe(before.pid);
      expect(after.dir).toBe(before.dir);
      expect(await withRedis(redis.url, (client) => client.get("penholder:left"))).toBeNull();
    } finally {
      await redis.close();
    }
  });

  it("dies at once on kill, and restarts after it", async () => {
    const redis = await startRedis();
    try {
      const before = serverOn(redis.port);
      await redis.kill();
      expect(processExists(before.pid)).toBe(false);
      expect(await refused(redis.port)).toBe(true);
      await redis.restart();
      expect(await redis.command(["PING"])).toBe("+PONG");
      expect(serverOn(redis.port).pid).not.toBe(before.pid);
    } finally {
      await redis.close();
    }
  });

  it("closes for good: no process, no directory, and closing twice is fine", async () => {
    const redis = await startRedis();
    const { pid, dir } = serverOn(redis.port);
    await redis.close();
    await redis.close();
    expect(processExists(pid)).toBe(false);
    expect(fs.existsSync(dir)).toBe(false);
    expect(await refused(redis.port)).toBe(true);
  });

  it("runs several at once, each on its own port", async () => {
    const servers = await Promise.all([startRedis(), startRedis(), startRedis()]);
    try {
      expect(new Set(servers.map((redis) => redis.port)).size).toBe(3);
      await Promise.all(servers.map((redis, i) => withRedis(redis.url, (client) => client.set("penholder:which", String(i)))));
      expect(await Promise.all(servers.map((redis) => withRedis(redis.url, (client) => client.get("penholder:which"))))).toEqual(["0", "1", "2"]);
    } finally {
      await Promise.all(servers.map((redis) => redis.close()));
    }
  });
});
