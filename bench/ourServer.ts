import { startServer } from "../server/server";
import { createLogger } from "../server/log";
import { parseEnv } from "../server/env";
import { createUser } from "../server/services/users";
import { createGroup } from "../server/services/groups";
import { createDocument } from "../server/services/documents";
import { COLLAB_PATH } from "../shared/collab/protocol";
import { announceReady, collectGarbage, gcResult, serveRequests } from "./childIpc";
import { cookieFor, createLoadFixture, sharedPasswordHash } from "./loadFixture";
import { generateHistory, IDLE_SECTION_COUNT, IDLE_SECTION_TEXT } from "./fixtures";
import type { HistoryFixture, IdleFixture, LoadFixture, ServerRequest } from "./messages";

// Our server for the benchmark: startServer from server/server.ts on a temp SQLite database (BENCH_DB, made by the
// parent, which also removes it), no seed, a free port; fixtures are created through the services and the
// store, never SQL. The port goes to the parent over IPC.

const databasePath = process.env.BENCH_DB;
if (!databasePath) throw new Error("BENCH_DB (a SQLite file path) is required");

const running = await startServer({
  env: {
    PORT: 0,
    HOST: "127.0.0.1",
    DATABASE_URL: `sqlite:${databasePath}`,
    PENHOLDER_SEED: "none",
    LOG_LEVEL: "silent",
    // SQLITE_SYNCHRONOUS=normal npm run bench measures the other durability level (the default is full).
    SQLITE_SYNCHRONOUS: parseEnv({ SQLITE_SYNCHRONOUS: process.env.SQLITE_SYNCHRONOUS }).SQLITE_SYNCHRONOUS,
  },
  log: createLogger({ silent: !process.env.BENCH_SERVER_LOG }),
  // BENCH_OURS_FLUSH_MS explores the flush window (default: the server's own).
  ...(process.env.BENCH_OURS_FLUSH_MS ? { collab: { flushWindowMs: Number(process.env.BENCH_OURS_FLUSH_MS) } } : {}),
});
const { store, deps } = running;

const passwordHash = sharedPasswordHash();

let fixtureCounter = 0;
const nextTag = () => `b${process.pid}x${++fixtureCounter}`;

const setupLoad = async (connections: number, typists: number, suggesters: number): Promise<LoadFixture> =>
  createLoadFixture(store, deps.sessions, await passwordHash(), nextTag(), connections, typists, suggesters);

async function setupIdle(documents: number): Promise<IdleFixture> {
  const hash = await passwordHash();
  const tag = nextTag();
  const now = Date.now();
  const { roomIds, userIds } = await store.transaction(async (tx) => {
    const group = await createGroup(tx, now, { slug: `${tag}-owners`, name: `Bench owners ${tag}`, description: "" });
    const roomIds: string[] = [];
    const userIds: string[] = [];
    for (let d = 0; d < documents; d++) {
      const document = await createDocument(tx, now, null, {
        title: `Idle document ${d}`,
        description: "",
        sections: Array.from({ length: IDLE_SECTION_COUNT }, (_, i) => ({
          title: `Section ${i + 1}`,
          ownerGroup: group.slug,
          content: `${IDLE_SECTION_TEXT} ${i + 1}`,
        })),
      });
      roomIds.push(document.id);
      const user = await createUser(tx, now, {
        email: `${tag}-idle-${d}@bench.penholder.test`,
        name: `Idle reader ${d}`,
        role: "observer",
        passwordHash: hash,
        groupIds: [],
      });
      userIds.push(user.id);
    }
    return { roomIds, userIds };
  });
  const cookies: string[] = [];
  for (const userId of userIds) cookies.push(cookieFor((await deps.sessions.create(userId)).token));
  return { rooms: roomIds, cookies, initialUpdate: null };
}

async function setupHistory(edits: number): Promise<HistoryFixture> {
  const hash = await passwordHash();
  const tag = nextTag();
  const now = Date.now();
  const { documentId, sectionId, userId } = await store.transaction(async (tx) => {
    const group = await createGroup(tx, now, { slug: `${tag}-history`, name: `Bench history ${tag}`, description: "" });
    const user = await createUser(tx, now, {
      email: `${tag}-history@bench.penholder.test`,
      name: "History writer",
      role: "member",
      passwordHash: hash,
      groupIds: [group.id],
    });
    const document = await createDocument(tx, now, user.id, {
      title: `History document ${tag}`,
      description: "",
      sections: [{ title: "Section 1", ownerGroup: group.slug, content: "" }],
    });
    const [section] = await tx.documents.sections([document.id]);
    return { documentId: document.id, sectionId: section!.id, userId: user.id };
  });
  const history = generateHistory(sectionId, edits);
  const started = performance.now();
  const batch = 5_000;
  for (let from = 0; from < history.updates.length; from += batch) {
    const slice = history.updates.slice(from, from + batch);
    await store.transaction(async (tx) => {
      for (const update of slice) {
        await tx.documents.appendUpdate({
          document_id: documentId,
          data: update.data,
          user_id: userId,
          client_id: update.clientId,
          created_at: now,
        });
      }
    });
  }
  const writeMs = performance.now() - started;
  const rows = (await store.documents.updates(documentId)).length;
  const { token } = await deps.sessions.create(userId);
  return { room: documentId, cookie: cookieFor(token), rows, expectedChars: history.chars, writeMs, sectionId };
}

async function handle(request: ServerRequest): Promise<unknown> {
  switch (request.op) {
    case "setup-load":
      return setupLoad(request.connections, request.typists, request.suggesters ?? 0);
    case "setup-idle":
      return setupIdle(request.documents);
    case "setup-history":
      return setupHistory(request.edits);
    case "count-updates":
      return (await store.documents.updates(request.room)).length;
    case "gc":
      return gcResult(await collectGarbage());
    case "loop-start":
    case "loop-stop":
    case "shutdown":
      // Answered by serveRequests.
      return null;
  }
}

serveRequests(handle, () => running.close());
announceReady({ port: running.port, wsBase: `ws://127.0.0.1:${running.port}${COLLAB_PATH}` });
