import net from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { startBalancer, type Balancer } from "./cluster";

// The loopback load balancer of the tests of several instances, in front of plain TCP servers that say who they
// are when a connection opens and echo what they receive.

interface Upstream {
  name: string;
  url: string;
  server: net.Server;
  close(): Promise<void>;
}

async function upstream(name: string): Promise<Upstream> {
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    socket.on("error", () => {});
    socket.write(`${name}\n`);
    socket.on("data", (chunk) => socket.write(`${name}:${chunk.toString()}`));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    name,
    url: `http://localhost:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** Connects through the balancer: the upstream's greeting, or null when the connection is closed without one. */
function greeting(balancer: Balancer): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect(Number(new URL(balancer.url).port), "127.0.0.1");
    let text = "";
    socket.on("data", (chunk) => {
      text += chunk.toString();
      if (text.endsWith("\n")) {
        socket.destroy();
        resolve(text.trim());
      }
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve(null));
  });
}

describe("test load balancer", () => {
  const opened: Array<{ close(): Promise<void> }> = [];
  afterEach(async () => {
    for (const thing of opened.reverse()) await thing.close();
    opened.length = 0;
  });
  async function setup(names: string[]) {
    const upstreams = await Promise.all(names.map(upstream));
    opened.push(...upstreams);
    const balancer = await startBalancer(upstreams.map((u) => u.url));
    opened.push(balancer);
    return { upstreams, balancer };
  }

  it("sends each new connection to the next upstream in turn", async () => {
    const { balancer } = await setup(["a", "b", "c"]);
    const seen: Array<string | null> = [];
    for (let i = 0; i < 6; i++) seen.push(await greeting(balancer));
    expect(seen).toEqual(["a", "b", "c", "a", "b", "c"]);
  });

  it("keeps one connection on one upstream, both ways", async () => {
    const { balancer } = await setup(["a", "b"]);
    const socket = net.connect(Number(new URL(balancer.url).port), "127.0.0.1");
    let text = "";
    socket.on("data", (chunk) => (text += chunk.toString()));
    await new Promise((resolve) => socket.once("connect", resolve));
    // One message at a time, each answered before the next: every answer comes from the first upstream.
    for (const word of ["one", "two", "three"]) {
      socket.write(word);
      await new Promise<void>((resolve) => {
        const check = () => (text.endsWith(`:${word}`) ? resolve() : setTimeout(check, 10));
        check();
      });
    }
    expect(text).toBe("a\na:onea:twoa:three");
    socket.destroy();
  });

  it("skips an upstream that refuses, and closes the client when all do", async () => {
    const { upstreams, balancer } = await setup(["a", "b", "c"]);
    await upstreams[1]!.close();
    const seen: Array<string | null> = [];
    for (let i = 0; i < 4; i++) seen.push(await greeting(balancer));
    expect(seen).toEqual(["a", "c", "a", "c"]);
    await upstreams[0]!.close();
    await upstreams[2]!.close();
    expect(await greeting(balancer)).toBeNull();
  });

  it("ends the client's connection when its upstream goes, and the next connection reaches another", async () => {
    const { upstreams, balancer } = await setup(["a", "b"]);
    const socket = net.connect(Number(new URL(balancer.url).port), "127.0.0.1");
    socket.on("error", () => {});
    const closed = new Promise((resolve) => socket.once("close", resolve));
    await new Promise((resolve) => socket.once("data", resolve));
    await upstreams[0]!.close();
    await closed;
    expect(await greeting(balancer)).toBe("b");
    expect(await greeting(balancer)).toBe("b");
  });
});
