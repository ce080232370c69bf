import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { startTestServer, type TestServer } from "../helpers/server";
import { expectAccessible, launchBrowser, screenshot, tabTo } from "../helpers/browser";
import { DEMO_PASSWORD, demoEmail } from "../../server/seed/demo";

const JOINT = "Joint MAG–LP response to the WSIS+20 Elements Paper";

// The pages a person uses, in Debian's Chromium against the real server and the built client.
describe("the app in a browser", () => {
  let server: TestServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startTestServer({ withClient: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server?.close();
  });

  async function newPage(viewport = { width: 1280, height: 900 }): Promise<Page> {
    // bypassCSP lets the test inject axe-core; the app itself runs under its real CSP otherwise.
    const context = await browser.newContext({ viewport, bypassCSP: true });
    contexts.push(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
    return page;
  }

  /** The document page is live once the editors replaced the text sent with the page. */
  async function waitLive(page: Page): Promise<void> {
    await page.locator(".connection", { hasText: "Online" }).waitFor();
    await page.locator(".ProseMirror").first().waitFor();
  }

  async function signIn(page: Page, local: string, password = DEMO_PASSWORD): Promise<void> {
    await page.getByLabel("Email address").fill(demoEmail(local));
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
  }

  it("signs in, lists documents, opens one, and signs out; every page passes axe", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/`);
    await page.waitForURL(/\/login/);
    await expect(page.getByRole("heading", { name: "Sign in" }).isVisible()).resolves.toBe(true);
    await expectAccessible(page, "login");
    await screenshot(page, "login");

    await signIn(page, "wg1.member");
    await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
    await page.getByRole("link", { name: JOINT }).waitFor();
    await expect(page.getByRole("link", { name: "The IGF We Need", exact: true }).isVisible()).resolves.toBe(true);
    const progress = await page.getByRole("progressbar").first().getAttribute("aria-valuenow");
    expect(progress).not.toBeNull();
    await expectAccessible(page, "documents");
    await screenshot(page, "documents");

    await page.getByRole("link", { name: JOINT }).click();
    await page.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
    await waitLive(page);
    const sectionTitles = await page.locator("section.section h2").allInnerTexts();
    const api = await page.evaluate(async () => (await fetch(location.pathname.replace("/documents/", "/api/documents/"))).json());
    expect(sectionTitles.map((t) => t.replace(/^\d+\.\s*/, ""))).toEqual(api.document.sections.map((s: { title: string }) => s.title));
    // The member's own section says so; another group's section says why it is read-only.
    const funding = page.locator("section.section", { hasText: "Sustainable funding" });
    await expect(funding.getByText("WG1 Funding strategy").first().isVisible()).resolves.toBe(true);
    await expect(funding.getByText(/you can edit/i).isVisible()).resolves.toBe(true);
    const wg3 = page.locator("section.section", { has: page.getByRole("heading", { name: /Intersessional work/ }) });
    await expect(wg3.getByText(/Only members of WG3 Intersessional work model review edit this section/).isVisible()).resolves.toBe(true);
    await expectAccessible(page, "document");
    await screenshot(page, "document");

    await page.getByRole("button", { name: "Sign out" }).click();
    await page.waitForURL(/\/login/);
    const me = await page.evaluate(async () => (await fetch("/api/me")).status);
    expect(me).toBe(401);
  });

  it("refuses a wrong password with a clear, announced message", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/login`);
    await signIn(page, "observer", "not-the-right-password");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    expect(await alert.innerText()).toMatch(/Email or password is not right/);
    expect(page.url()).toMatch(/\/login/);
    await expectAccessible(page, "login with error");
    await screenshot(page, "login-error");
  });

  it("works by keyboard alone: sign in, reach a document, skip to content, sign out", async () => {
    const page = await newPage();
    await page.goto(`${server.url}/login`);
    await tabTo(page, (el) => el.tag === "input" && el.label === "Email address");
    await page.keyboard.type(demoEmail("wg3.member"));
    await page.keyboard.press("Tab");
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();

    await tabTo(page, (el) => el.tag === "a" && el.text === "The IGF We Need");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "The IGF We Need", level: 1 }).waitFor();

    // On a fresh load the skip link is the first stop and moves focus past the header.
    await page.reload();
    await page.getByRole("heading", { name: "The IGF We Need", level: 1 }).waitFor();
    await page.keyboard.press("Tab");
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    expect(first).toBe("Skip to main content");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate(() => !!document.activeElement?.closest("main"));
    expect(inMain).toBe(true);
    // Every focusable thing shows where focus is.
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe("none");

    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Shift+Tab");
    await tabTo(page, (el) => el.tag === "button" && el.text === "Sign out");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/login/);
  });

  it("shows the admin screens to the secretariat only, accessibly", async () => {
    const admin = await newPage();
    await admin.goto(`${server.url}/login`);
    await signIn(admin, "secretariat");
    await admin.getByRole("link", { name: "Admin" }).click();
    await admin.getByRole("heading", { name: "Administration" }).waitFor();
    await admin.getByText("wg1.second@demo.penholder.test").waitFor();
    await expectAccessible(admin, "admin users");
    await screenshot(admin, "admin-users");
    for (const tab of ["Invitations", "Groups", "Documents"]) {
      await admin.getByRole("link", { name: tab, exact: true }).last().click();
      await admin.getByRole("heading", { name: tab, level: 2 }).first().waitFor();
      await expectAccessible(admin, `admin ${tab}`);
      await screenshot(admin, `admin-${tab.toLowerCase()}`);
    }

    const member = await newPage();
    await member.goto(`${server.url}/login`);
    await signIn(member, "wg2.member");
    await member.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
    expect(await member.getByRole("link", { name: "Admin" }).count()).toBe(0);
    await member.goto(`${server.url}/admin`);
    await member.getByRole("heading", { name: /not available to you/ }).waitFor();
    await expectAccessible(member, "admin refused");
  });

  it("fits a phone screen", async () => {
    const page = await newPage({ width: 390, height: 844 });
    await page.goto(`${server.url}/login`);
    await signIn(page, "mag.chair");
    await page.getByRole("link", { name: JOINT }).click();
    await page.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
    await waitLive(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, "document on a phone");
    await screenshot(page, "document-phone");
  });
});
