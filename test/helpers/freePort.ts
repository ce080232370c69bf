import net from "node:net";

/**
 * A TCP port free on 127.0.0.1 now, for a program that takes its port as an argument (postgres, redis-server,
 * nginx). Another process may take it before that program binds it: its caller retries on "address in use".
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
