import { fork } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { startServer } from "../server/server";
import { createLogger } from "../server/log";
import { rssSampler } from "./procfs";

// `npx tsx bench/exportLoad.ts`: many exports at once against the real server in its own process, over HTTP only
// (so the same file measures any version of the server). One observer asks for EXPORT_BURST PDFs of a long paper at
// once; meanwhile ten other people each export a small document four times in a row; then all ten ask for the long
// paper's PDF at once. Prints the answers' statuses, how long the ten waited, and the server's peak memory.

const BURST = Number(process.env.EXPORT_BURST ?? 60);
const SECTIONS = 40;
const PARAGRAPHS = 25;
const PASSWORD = "penholder-demo";
const OTHERS = ["secretariat", "mag.chair", "lp.chair", "wg1.member", "wg1.second", "wg2.member", "wg3.member", "wg4.member", "wg5.member", "strategy.member"];
const SMALL_FORMATS = ["md", "html", "docx", "pdf"];

async function serve(databaseUrl: string): Promise<void> {
  const server = await startServer({
    env: { PORT: 0, HOST: "127.0.0.1", DATABASE_URL: databaseUrl, PENHOLDER_SEED: "demo", LOG_LEVEL: "silent" },
    log: createLogger({ silent: true }),
  });
  process.send!({ url: server.url });
  process.on("message", async () => {
    await server.close();
    process.exit(0);
  });
}

function words(seed: number, count: number): string {
  const vocabulary = "the forum multistakeholder governance internet mandate review secretariat funding national regional youth initiatives policy networks".split(" ");
  let x = seed * 2654435761 + 1;
  return Array.from({ length: count }, () => vocabulary[(x = (x * 1103515245 + 12345) >>> 0) % vocabulary.length]).join(" ");
}

async function signIn(url: string, local: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: `${local}@demo.penholder.test`, password: PASSWORD }) });
  if (response.status !== 200) throw new Error(`sign-in of ${local} failed: ${response.status}`);
  return response.headers.getSetCookie()[0]!.split(";")[0]!;
}

async function createPaper(url: string, cookie: string, title: string, sections: number, paragraphs: number): Promise<string> {
  const body = {
    title,
    sections: Array.from({ length: sections }, (_, s) => ({
      title: `Section ${s + 1}`,
      ownerGroup: "wg1",
      text: Array.from({ length: paragraphs }, (_, p) => `${words(s * 1000 + p, 80)}.`).join("\n\n"),
    })),
  };
  const response = await fetch(`${url}/api/documents`, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) });
  if (response.status !== 201) throw new Error(`creating ${title} failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { document: { id: string } }).document.id;
}

interface Answer {
  status: number;
  ms: number;
}

async function exportOnce(url: string, cookie: string, documentId: string, format: string): Promise<Answer> {
  const started = performance.now();
  const response = await fetch(`${url}/api/documents/${documentId}/export?format=${format}`, { headers: { cookie } });
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

const statuses = (answers: Answer[]) => Object.entries(answers.reduce<Record<number, number>>((counts, a) => ({ ...counts, [a.status]: (counts[a.status] ?? 0) + 1 }), {})).map(([status, n]) => `${n} × ${status}`).join(", ");
const percentile = (answers: Answer[], p: number) => Math.round([...answers].sort((a, b) => a.ms - b.ms)[Math.min(answers.length - 1, Math.floor(answers.length * p))]!.ms);

async function drive(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "penholder-bench-export-load-"));
  const child = fork(fileURLToPath(import.meta.url), ["--server", `sqlite:${join(dir, "bench.db")}`], { execArgv: ["--import", "tsx"], stdio: ["ignore", "inherit", "inherit", "ipc"] });
  try {
    const { url } = await new Promise<{ url: string }>((resolve, reject) => {
      child.once("message", (message) => resolve(message as { url: string }));
      child.once("exit", (code) => reject(new Error(`the server exited with ${code}`)));
    });
    const cookies = new Map<string, string>();
    for (const local of ["observer", ...OTHERS]) cookies.set(local, await signIn(url, local));
    const long = await createPaper(url, cookies.get("secretariat")!, "Long paper", SECTIONS, PARAGRAPHS);
    const small = await createPaper(url, cookies.get("secretariat")!, "Small note", 2, 3);
    const memory = rssSampler(child.pid!, 50);

    const burst = Promise.all(Array.from({ length: BURST }, () => exportOnce(url, cookies.get("observer")!, long, "pdf")));
    const others = Promise.all(
      OTHERS.map(async (local) => {
        const answers: Answer[] = [];
        for (const format of SMALL_FORMATS) answers.push(await exportOnce(url, cookies.get(local)!, small, format));
        return answers;
      }),
    );
    const [burstAnswers, otherAnswers] = [await burst, (await others).flat()];
    const together = await Promise.all(OTHERS.map((local) => exportOnce(url, cookies.get(local)!, long, "pdf")));
    const peakMb = Math.round(memory.stop() / 1024);

    const lines = [
      `${BURST} PDFs of a ${SECTIONS} × ${PARAGRAPHS}-paragraph paper asked at once by one observer: ${statuses(burstAnswers)}; slowest answer ${percentile(burstAnswers, 1)} ms.`,
      `Meanwhile ${otherAnswers.length} exports of a small document by ${OTHERS.length} other people (${SMALL_FORMATS.length} each, one after another): ${statuses(otherAnswers)}; median ${percentile(otherAnswers, 0.5)} ms, slowest ${percentile(otherAnswers, 1)} ms.`,
      `Then the long paper's PDF asked at once by those ${OTHERS.length}: ${statuses(together)}; slowest ${percentile(together, 1)} ms.`,
      `Server peak RSS (sampled every 50 ms): ${peakMb} MB.`,
    ];
    process.stdout.write(`${lines.join("\n")}\n`);
  } finally {
    child.send("close");
    await new Promise((resolve) => child.once("exit", resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "--server") await serve(process.argv[3]!);
else await drive();
