import fs from "node:fs";
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { configForTest, DOCUMENTED_CONFIG, startNginx } from "./nginx";
import { pidsListeningOn, processTable } from "./procTable";
import { RUN_MARKER_NAME } from "./leftoverProcesses";

// nginx with docs/deploy/nginx.conf in front of plain HTTP servers that answer with what reached them.

interface Seen {
  name: string;
  host?: string;
  forwardedFor?: string;
  forwardedProto?: string;
  connection?: string;
}

async function echoServer(name: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((request, response) => {
    const seen: Seen = {
      name,
      host: request.headers.host,
      forwardedFor: request.headers["x-forwarded-for"] as string | undefined,
      forwardedProto: request.headers["x-forwarded-proto"] as string | undefined,
      connection: request.headers.connection,
    };
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(seen));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as { port: number }).port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe("test nginx", () => {
  const opened: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of opened) await thing.close();
    opened.length = 0;
  });

  it("runs the documented file with the test's upstreams and port, without TLS and nothing else changed", () => {
    const documented = fs.readFileSync(DOCUMENTED_CONFIG, "utf8");
    const config = configForTest(documented, { port: 4321, upstreams: ["http://localhost:1111", "http://localhost:2222"] });
    expect(config).toMatch(/upstream penholder \{\n {4}server 127\.0\.0\.1:1111;\n {4}server 127\.0\.0\.1:2222;\n/);
    expect(config.match(/^\s*listen .*$/gm)).toEqual(["    listen 127.0.0.1:4321;"]);
    expect(config).not.toMatch(/ssl|10\.0\.0\.|443/);
    const kept = (text: string) => text.split("\n").filter((line) => !/^\s*(server \d|server 127|listen|ssl_)/.test(line));
    expect(kept(config)).toEqual(kept(documented));
  });

  it("passes requests to the upstreams in turn with the documented headers, and stops without a trace", async () => {
    const upstreams = await Promise.all([echoServer("a"), echoServer("b")]);
    opened.push(...upstreams);
    const nginx = await startNginx({ upstreams: upstreams.map((u) => u.url) });
    let stopped = false;
    try {
      const answers: Seen[] = [];
      for (let i = 0; i < 4; i++) answers.push((await (await fetch(`${nginx.url}/api/health`)).json()) as Seen);
      expect(answers.map((a) => a.name)).toEqual(["a", "b", "a", "b"]);
      expect(answers[0]).toEqual({
        name: "a",
        // The port too: browsers' Origin carries it.
        host: `localhost:${nginx.port}`,
        forwardedFor: "127.0.0.1",
        forwardedProto: "http",
        // No "Connection: close": the documented keepalive connections are reused.
      });

      // Master and worker; the master is known as the run's (the teardown would find it if it were left).
      const master = nginx.pid;
      const marker = `${RUN_MARKER_NAME}=${process.env[RUN_MARKER_NAME]}`;
      const group = () => processTable(marker).filter((entry) => entry.pid === master || entry.ppid === master);
      expect(group().length).toBeGreaterThanOrEqual(2);
      expect(group().find((entry) => entry.pid === master)?.carriesMarker).toBe(true);
      expect(fs.existsSync(`${nginx.dir}/nginx.pid`)).toBe(true);
      await nginx.stop();
      stopped = true;
      await nginx.stop();
      expect(group()).toEqual([]);
      expect(pidsListeningOn(nginx.port)).toEqual([]);
      expect(fs.existsSync(nginx.dir)).toBe(false);
    } finally {
      if (!stopped) await nginx.stop();
    }
  });
});
