import { fork } from "node:child_process";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { DEMO_PASSWORD, demoEmail } from "../server/seed/demo";
import { launchBrowser } from "../test/helpers/browser";
import { baselineClient, currentClient } from "./browserClients";
import { measureKeys, pageScript, watchReadiness, type LoadMarks } from "./browserProbe";
import { renderBrowserReport, type PageRun, type TypingRun, type Variant } from "./browserReport";
import { writeDocSection, writesDoc } from "./docSection";
import { longPaperSectionTitle } from "./longPaper";
import type { BrowserServerReady } from "./browserServer";
import { repoRoot } from "./children";

// `npm run bench:browser`: opening the document page in Chromium (Playwright, headless), this checkout beside a
// baseline commit (BENCH_BASELINE_REF, the document page before this work), each its own server and client: the
// real server (startServer, the composition root, bench/browserServer.ts) in a child process on loopback with the
// demo data and the long paper (bench/longPaper.ts, with footnotes).
// Per run and client: the demo paper and the long paper opened cold (fresh browser profile) and warm (again, in the
// same profile), the JS heap after load, and typing latency in a section in the middle of the long paper.
// Runs alternate the clients' order; medians are reported. See docs/BENCHMARKS.md, "Opening a document".

const env = process.env;
const RUNS = Number(env.BENCH_BROWSER_RUNS ?? 3);
const KEYS = Number(env.BENCH_BROWSER_KEYS ?? 300);
/** Between key presses: a fast typist's pace (about 16 keys a second). */
const KEY_GAP_MS = Number(env.BENCH_BROWSER_KEY_GAP_MS ?? 60);
const BASELINE_REF = env.BENCH_BASELINE_REF ?? "095db87";
const LONG = { sections: Number(env.BENCH_SECTIONS ?? 40), paragraphs: Number(env.BENCH_PARAGRAPHS ?? 25), footnotes: true };
/** The long paper's typing section: in the middle, owned by wg1 (the typist's group). */
const TYPING_SECTION = Math.floor(LONG.sections / 2) - 2;
const TYPIST = "wg1.member";
/** The demo paper is opened by a member of the group that owns its first section (it opens in editing mode). */
const DEMO_READER = "strategy.member";
const VIEWPORT = { width: 1440, height: 900 };
const TIMEOUT_MS = 60_000;
/** What the typist types (keys Playwright knows by name: plain letters and spaces). */
const TYPED = "the working group proposes that the secretariat publishes its budget every year ";

interface Served extends BrowserServerReady {
  variant: Variant;
  close(): Promise<void>;
}

/** Starts bench/browserServer.ts from `root` (this checkout, or the baseline's copy) in a process of its own. */
async function serve(variant: Variant, root: string, clientDir: string): Promise<Served> {
  const child = fork(join(root, "bench", "browserServer.ts"), [], {
    cwd: root,
    execArgv: ["--import", "tsx"],
    env: { ...env, BENCH_CLIENT_DIR: clientDir, BENCH_LONG_PAPER: JSON.stringify(LONG) },
    stdio: ["ignore", "inherit", "inherit", "ipc"],
  });
  const ready = await new Promise<BrowserServerReady>((resolve, reject) => {
    child.once("message", (message) => resolve(message as BrowserServerReady));
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the ${variant} server exited with ${code} before it was ready`)));
  });
  return {
    variant,
    ...ready,
    close: () =>
      new Promise((resolve) => {
        child.once("exit", () => resolve());
        child.send("shutdown");
      }),
  };
}

async function signedIn(browser: Browser, served: Served, local: string): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const response = await context.request.post(`${served.url}/api/auth/login`, { data: { email: demoEmail(local), password: DEMO_PASSWORD } });
  if (!response.ok()) throw new Error(`signing in as ${local} failed: ${response.status()}`);
  await context.addInitScript({ content: pageScript(watchReadiness) });
  return context;
}

/** Opens the document and waits until it is interactive and idle; the heap is read after a full collection. */
async function open(page: Page, url: string): Promise<Omit<PageRun, "variant" | "paper" | "cache">> {
  await page.goto(url);
  await page.waitForFunction(() => window.__benchMarks?.interactiveMs != null, null, { timeout: TIMEOUT_MS, polling: 100 });
  // Let what follows interactivity (editors mounting in idle time, say) settle before reading the heap.
  await page.waitForTimeout(1500);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  const heap = (await cdp.send("Runtime.getHeapUsage")) as { usedSize: number };
  await cdp.detach();
  const marks = (await page.evaluate(() => window.__benchMarks)) as LoadMarks;
  const domNodes = await page.evaluate(() => document.getElementsByTagName("*").length);
  return { marks, heapMb: heap.usedSize / 2 ** 20, domNodes };
}

async function loadRuns(browser: Browser, served: Served, paper: "demo" | "long"): Promise<PageRun[]> {
  const context = await signedIn(browser, served, paper === "demo" ? DEMO_READER : TYPIST);
  try {
    const page = await context.newPage();
    const url = `${served.url}/documents/${paper === "demo" ? served.demoId : served.longId}`;
    const cold = await open(page, url);
    const warm = await open(page, url);
    return [
      { variant: served.variant, paper, cache: "cold", ...cold },
      { variant: served.variant, paper, cache: "warm", ...warm },
    ];
  } finally {
    await context.close();
  }
}

/** The demo paper's section the typist owns (wg1), as the long paper's middle one is theirs. */
const DEMO_TYPING_SECTION = "Sustainable funding";

/**
 * Scrolls to the typing section (the long paper's middle one, or the demo's "Sustainable funding"), puts the
 * caret at the end of a paragraph and types KEYS keys.
 */
async function typingRun(browser: Browser, served: Served, paper: "demo" | "long"): Promise<TypingRun> {
  const context = await signedIn(browser, served, TYPIST);
  try {
    const page = await context.newPage();
    await page.goto(`${served.url}/documents/${paper === "demo" ? served.demoId : served.longId}`);
    await page.waitForFunction(() => window.__benchMarks?.interactiveMs != null, null, { timeout: TIMEOUT_MS, polling: 100 });
    await page.evaluate(() => window.__benchStopWatch?.());
    const title = paper === "demo" ? DEMO_TYPING_SECTION : longPaperSectionTitle(TYPING_SECTION);
    const section = page.locator("section.section", { has: page.getByRole("heading", { level: 2, name: title }) });
    await section.scrollIntoViewIfNeeded();
    const paragraph = section.locator('.ProseMirror[contenteditable="true"] > p').nth(paper === "demo" ? 0 : 3);
    await paragraph.scrollIntoViewIfNeeded();
    await paragraph.click();
    await page.keyboard.press("End");
    await page.evaluate(pageScript(measureKeys));
    const text = TYPED.repeat(Math.ceil(KEYS / TYPED.length));
    for (let i = 0; i < KEYS; i++) {
      await page.keyboard.press(text[i % text.length] === " " ? "Space" : text[i % text.length]!);
      await page.waitForTimeout(KEY_GAP_MS);
    }
    await page.waitForFunction((n) => (window.__benchKeys?.length ?? 0) >= n, KEYS, { timeout: TIMEOUT_MS });
    const typed = await paragraph.textContent();
    if (!typed?.includes(text.slice(0, 20))) throw new Error(`the typed text is not in the section (${served.variant})`);
    const latencies = (await page.evaluate(() => window.__benchKeys)) as number[];
    return { variant: served.variant, paper, latencies };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const started = Date.now();
  const baseline = baselineClient(BASELINE_REF);
  const current = currentClient(env.BENCH_BUILD === "0");
  const servers = [await serve("baseline", baseline.root, baseline.dir), await serve("new", repoRoot, current)];
  const browser = await launchBrowser();
  const pages: PageRun[] = [];
  const typing: TypingRun[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // Alternate which client goes first, so neither always meets a machine the other has just warmed or loaded.
      const order = run % 2 === 0 ? servers : [...servers].reverse();
      for (const served of order) {
        pages.push(...(await loadRuns(browser, served, "demo")));
        pages.push(...(await loadRuns(browser, served, "long")));
        typing.push(await typingRun(browser, served, "long"));
        typing.push(await typingRun(browser, served, "demo"));
        process.stdout.write(`run ${run + 1}/${RUNS}: ${served.variant} done\n`);
      }
    }
  } finally {
    await browser.close();
    for (const served of servers) await served.close();
  }
  const report = renderBrowserReport({ pages, typing, baselineCommit: baseline.commit, runs: RUNS, keys: KEYS, keyGapMs: KEY_GAP_MS, long: LONG, seconds: (Date.now() - started) / 1000 });
  process.stdout.write(`\n${report}\n`);
  if (writesDoc()) writeDocSection("opening a document (browser)", "npm run bench:browser", report);
}

await main();
