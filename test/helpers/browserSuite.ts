import { afterAll, beforeAll } from "vitest";
import type { Browser, BrowserContext, BrowserContextOptions } from "playwright-core";
import { startTestServer, type TestServer, type TestServerOptions } from "./server";
import { openFixture, type Fixture } from "./fixture";
import { launchBrowser } from "./browser";
import { DESKTOP, openAs, type Person, type Viewport } from "./documentPage";

// What every browser suite sets up around its tests: the real server with the built client, Debian's Chromium,
// the demo joint paper, and one window per person. Call it inside a describe: it registers that describe's
// beforeAll (start all three) and afterAll (close every window, then the browser, then the server).

export interface BrowserSuite {
  server(): TestServer;
  browser(): Browser;
  fx(): Fixture;
  /** A person signed in with the joint paper open and live; one window per person for the whole suite. */
  person(local: string, viewport?: Viewport): Promise<Person>;
  /** Forgets a person whose window a test closed or spoilt: the next person(local) opens a new one. */
  leave(local: string): Promise<void>;
  /** A browser context of the suite's own (desktop size, CSP bypassed for axe-core), closed with the suite. */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
}

export function browserSuite(options: { server?: Omit<TestServerOptions, "withClient"> } = {}): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  let fx: Fixture | undefined;
  const people = new Map<string, Person>();
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ ...options.server, withClient: true });
    browser = await launchBrowser();
    fx = await openFixture(server);
  });
  afterAll(async () => {
    for (const { context } of people.values()) await context.close();
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("browserSuite: used outside its tests (before beforeAll ran)");
    return value;
  };

  return {
    server: () => started(server),
    browser: () => started(browser),
    fx: () => started(fx),
    async person(local, viewport) {
      const known = people.get(local);
      if (known) return known;
      const opened = await openAs(started(browser), started(server).url, started(fx).documentId, local, viewport);
      people.set(local, opened);
      return opened;
    },
    async leave(local) {
      const gone = people.get(local);
      people.delete(local);
      await gone?.context.close();
    },
    async newContext(contextOptions = {}) {
      // bypassCSP lets the test inject axe-core; the app itself runs under its real CSP otherwise.
      const context = await started(browser).newContext({ viewport: DESKTOP, bypassCSP: true, ...contextOptions });
      contexts.push(context);
      return context;
    },
  };
}
