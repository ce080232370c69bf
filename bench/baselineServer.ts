import http from "node:http";
import type { AddressInfo } from "node:net";
import { WebSocketServer } from "ws";
import { setupWSConnection } from "@y/websocket-server/utils";
import { announceReady, collectGarbage, gcResult, serveRequests } from "./childIpc";
import { newId } from "../server/store/ids";
import { starterTextUpdate } from "../server/collab/documentState";
import { COLLAB_PATH } from "../shared/collab/protocol";
import { IDLE_SECTION_COUNT, IDLE_SECTION_TEXT } from "./fixtures";
import type { IdleFixture, LoadFixture, ServerRequest } from "./messages";

// The baseline: the reference y-websocket server (@y/websocket-server 0.1.1) as its own src/server.js sets it up,
// on 127.0.0.1 and a free port, no auth, no persistence (YPERSISTENCE unset), gc on. Rooms are named by the
// request path, so `/collab/<documentId>` gives the same room names as ours.

if (process.env.YPERSISTENCE) throw new Error("the baseline runs without persistence: unset YPERSISTENCE");

const server = http.createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.end("okay");
});
const wss = new WebSocketServer({ noServer: true });
wss.on("connection", (ws, request) => setupWSConnection(ws, request));
server.on("upgrade", (request, socket, head) => {
  wss.handleUpgrade(request, socket, head, (ws) => wss.emit("connection", ws, request));
});

await new Promise<void>((resolve, reject) => {
  server.once("error", reject);
  server.listen(0, "127.0.0.1", () => resolve());
});
const port = (server.address() as AddressInfo).port;

async function handle(request: ServerRequest): Promise<unknown> {
  switch (request.op) {
    case "setup-load": {
      const fixture: LoadFixture = {
        room: newId(),
        clients: Array.from({ length: request.connections }, (_, i) => ({
          cookie: null,
          sectionId: i < request.typists ? newId() : null,
        })),
      };
      return fixture;
    }
    case "setup-idle": {
      const sections = Array.from({ length: IDLE_SECTION_COUNT }, (_, i) => ({
        id: newId(),
        blocks: [{ type: "paragraph" as const, text: `${IDLE_SECTION_TEXT} ${i + 1}` }],
      }));
      const fixture: IdleFixture = {
        rooms: Array.from({ length: request.documents }, () => newId()),
        cookies: Array.from({ length: request.documents }, () => null),
        initialUpdate: Array.from(starterTextUpdate(sections)),
      };
      return fixture;
    }
    case "setup-history":
      throw new Error("the baseline has no persistence: no history to load");
    case "count-updates":
      return null;
    case "gc":
      return gcResult(await collectGarbage());
    case "loop-start":
    case "loop-stop":
    case "shutdown":
      // Answered by serveRequests.
      return null;
  }
}

serveRequests(handle, async () => {
  for (const client of wss.clients) client.terminate();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});
announceReady({ port, wsBase: `ws://127.0.0.1:${port}${COLLAB_PATH}` });
