import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite";
import { axeViolations, screenshot } from "../helpers/browser";
import { createClient } from "../helpers/http";
import { anchorIn } from "../helpers/anchors";
import { layoutFaults } from "../helpers/layoutFaults";

// The main pages in Arabic (right to left) and Chinese, in Debian's Chromium at a desktop's 1440 px and a phone's
// 390 px: nothing wider than the window, no text cut off in its box, no two controls on top of each other, Arabic
// mirrored (the page's direction, the start of a heading on the right), and axe's WCAG 2.2 AA rules. The words on
// a page may change as translations come; what is checked is the layout they get.

const SIZES = [
  { width: 1440, height: 900 },
  { width: 390, height: 844 },
] as const;

const INTRODUCTION = "Introduction";
const INTERSESSIONAL = "Intersessional work";

interface Visit {
  name: string;
  person: string;
  path: (documentId: string) => string;
  /** Waits until the page shows what it is about (not a loading state). */
  ready: (page: Page) => Promise<void>;
}

async function settled(page: Page): Promise<void> {
  await page.locator("main h1").first().waitFor();
  await page.locator(".state--loading").first().waitFor({ state: "detached" });
}

const VISITS: Visit[] = [
  {
    name: "documents",
    person: "mag.chair",
    path: () => "/",
    ready: async (page) => {
      await page.locator(".document-card").first().waitFor();
      await page.locator(".needs__panel").first().waitFor();
    },
  },
  {
    name: "document",
    person: "mag.chair",
    path: (id) => `/documents/${id}`,
    ready: async (page) => {
      await page.locator(".connection--online").waitFor();
      // The chair's own section: the editor with its toolbar, and its comments and amendments opened.
      const own = page.locator("section.section", { has: page.locator(".own-badge") }).first();
      await own.locator(".toolbar").waitFor();
      const toggle = own.locator(".review-panel__toggle");
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      await own.locator(".thread").first().waitFor();
    },
  },
  { name: "versions", person: "mag.chair", path: (id) => `/documents/${id}/versions`, ready: (page) => page.locator(".versions__list table").waitFor() },
  { name: "submissions", person: "mag.chair", path: (id) => `/documents/${id}/submissions`, ready: (page) => page.locator(".submissions__list").waitFor() },
  { name: "inbox", person: "mag.chair", path: () => "/inbox", ready: (page) => page.locator(".inbox__list li").first().waitFor() },
  { name: "review-queue", person: "mag.chair", path: () => "/review", ready: (page) => page.locator("main table tbody tr").first().waitFor() },
  { name: "admin-users", person: "secretariat", path: () => "/admin/users", ready: (page) => page.locator("main table tbody tr").first().waitFor() },
  { name: "accessibility", person: "mag.chair", path: () => "/accessibility", ready: (page) => page.locator("main h2").first().waitFor() },
];

describe("the main pages in Arabic and Chinese, at 1440 and 390 px", { timeout: 300_000 }, () => {
  const { server, fx, newContext } = browserSuite();

  /** Something on every page: a version, a section in review, and a reply in the chair's inbox. */
  async function seed(): Promise<void> {
    const base = `/api/documents/${fx().documentId}`;
    const chair = createClient(server().url);
    chair.setCookie(await fx().cookie("mag.chair"));
    expect((await chair.post(`${base}/versions`, { label: "Before the consultation" })).status).toBe(201);
    const member = createClient(server().url);
    member.setCookie(await fx().cookie("wg3.member"));
    expect((await member.post(`${base}/sections/${fx().section(INTERSESSIONAL)}/transitions`, { to: "in_review" })).status).toBe(200);
    const { anchor, text } = await anchorIn(server(), fx().documentId, fx().section(INTRODUCTION), 4, 30);
    const created = await chair.post(`${base}/threads`, { sectionId: fx().section(INTRODUCTION), anchor, quote: text, body: "Is this the agreed wording?" });
    expect(created.status).toBe(201);
    const observer = createClient(server().url);
    observer.setCookie(await fx().cookie("observer"));
    expect((await observer.post(`${base}/threads/${created.body.thread.id}/comments`, { body: "It follows the Elements Paper." })).status).toBe(201);
  }

  /** A window signed in as the person, whose account's language is the one given. */
  async function windowFor(person: string, locale: "ar" | "zh", viewport: { width: number; height: number }): Promise<Page> {
    const client = createClient(server().url);
    await client.loginAs(person);
    expect((await client.request("PUT", "/api/me/locale", { json: { locale } })).status).toBe(200);
    const context = await newContext({ viewport, locale });
    const [name, value] = client.cookie!.split("=");
    await context.addCookies([{ name: name!, value: value!, url: server().url }]);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => {
      throw error;
    });
    return page;
  }

  it("lays every main page out without overflow, clipped text or overlapping controls, Arabic right to left, accessible", async () => {
    await seed();
    for (const locale of ["ar", "zh"] as const) {
      for (const viewport of SIZES) {
        const pages = new Map<string, Page>();
        for (const visit of VISITS) {
          const label = `${visit.name}, ${locale}, ${viewport.width}px`;
          let page = pages.get(visit.person);
          if (!page) {
            page = await windowFor(visit.person, locale, viewport);
            pages.set(visit.person, page);
          }
          await page.goto(`${server().url}${visit.path(fx().documentId)}`);
          await settled(page);
          await visit.ready(page);

          const html = await page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));
          expect(html, label).toEqual(locale === "ar" ? { lang: "ar", dir: "rtl" } : { lang: "zh-Hans", dir: "ltr" });
          // Mirrored: the page's heading starts at the right of its box in Arabic, at the left in Chinese.
          const side = await page.locator("main h1").first().evaluate((heading) => {
            const range = document.createRange();
            range.selectNodeContents(heading);
            const text = range.getBoundingClientRect();
            const box = heading.getBoundingClientRect();
            return { fromLeft: text.left - box.left, fromRight: box.right - text.right };
          });
          if (locale === "ar") expect.soft(side.fromRight, `${label}: heading at the right`).toBeLessThan(2);
          else expect.soft(side.fromLeft, `${label}: heading at the left`).toBeLessThan(2);

          // Measured from the top: scrolled, the bars that stay in view lie over the text, as they are meant to.
          await page.evaluate(() => window.scrollTo(0, 0));
          await screenshot(page, `rtl-${visit.name}-${locale}-${viewport.width}`);
          // Soft: one run reports every page's faults, not only the first page's.
          expect.soft(await layoutFaults(page), label).toEqual([]);
          const violations = await axeViolations(page);
          expect.soft(violations, `${label}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
        }
        for (const page of pages.values()) await page.context().close();
      }
    }
  });
});
