import { expect } from "vitest";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { join } from "node:path";
import { mkdirSync } from "node:fs";
import { DEMO_PASSWORD, demoEmail } from "../../server/seed/demo";
import { axeViolations } from "./browser";
import { createClient } from "./http";

// The joint paper open in a person's own browser window, and what browser tests do with its sections; the window
// itself comes from browserSuite.ts, which keeps one per person for a whole suite.

export const JOINT = "Joint MAG–LP response to the WSIS+20 Elements Paper";
export const POLL = { timeout: 10_000, interval: 100 };

export interface Person {
  context: BrowserContext;
  page: Page;
}

export interface Viewport {
  width: number;
  height: number;
}

export const DESKTOP: Viewport = { width: 1280, height: 900 };

/** Signs a demo account in with the document open and live, in a browser context of its own. */
export async function openAs(browser: Browser, serverUrl: string, documentId: string, local: string, viewport = DESKTOP): Promise<Person> {
  // bypassCSP lets the test inject axe-core; the app itself runs under its real CSP otherwise.
  const context = await browser.newContext({ viewport, bypassCSP: true });
  return openIn(context, serverUrl, documentId, local);
}

/** The same in a context the test prepared (routes, say); the caller closes the context. */
export async function openIn(context: BrowserContext, serverUrl: string, documentId: string, local: string): Promise<Person> {
  const page = await context.newPage();
  // A step that never happens fails where it waits, not at the test's timeout.
  page.setDefaultTimeout(15_000);
  page.on("pageerror", (error) => {
    throw error;
  });
  await page.goto(`${serverUrl}/login?next=${encodeURIComponent(`/documents/${documentId}`)}`);
  await page.getByLabel("Email address").fill(demoEmail(local));
  await page.getByLabel("Password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
  await waitOnline(page);
  return { context, page };
}

export async function waitOnline(page: Page): Promise<void> {
  await page.locator(".connection", { hasText: "Online" }).waitFor();
  await page.locator(".ProseMirror").first().waitFor();
}

export const section = (page: Page, title: string): Locator =>
  page.locator("section.section", { has: page.getByRole("heading", { level: 2, name: new RegExp(title) }) });

export const editorOf = (page: Page, title: string): Locator => section(page, title).locator(".ProseMirror");

/** The text a section shows, without the name labels of other people's carets. */
export function liveText(page: Page, title: string): Promise<string> {
  return editorOf(page, title).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    for (const caret of copy.querySelectorAll(".collab-caret")) caret.remove();
    return [...copy.children].map((block) => block.textContent ?? "").join("\n");
  });
}

/** The section's text as the editor holds it (notes read as " [text]"), not as the page draws it. */
export function editorText(page: Page, title: string): Promise<string> {
  return editorOf(page, title).evaluate((element) => (element as unknown as { editor: { getText(): string } }).editor.getText());
}

/** The accessible name of whatever has focus (aria-label, else its text). */
export function focusedName(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    return element?.getAttribute("aria-label") ?? element?.innerText?.trim() ?? null;
  });
}

/** A section's content as the server holds it (the document the API serves, read by an observer), as JSON text. */
export async function savedSection(serverUrl: string, documentId: string, sectionId: string): Promise<string> {
  const reader = createClient(serverUrl);
  await reader.loginAs("observer");
  const { body } = await reader.get(`/api/documents/${documentId}`);
  const found = (body.document.sections as { id: string; content: unknown }[]).find((s) => s.id === sectionId);
  return JSON.stringify(found?.content ?? null);
}

/** Clicks into a section and puts the caret at the end of its text, as Ctrl+End does. */
export async function caretToEnd(page: Page, title: string): Promise<void> {
  const editor = editorOf(page, title);
  await editor.locator(":scope > *").last().click();
  await page.keyboard.press("Control+End");
  // The editor reads the new selection from the browser asynchronously: wait until it has (its own state).
  await expect
    .poll(
      () =>
        editor.evaluate((element) => {
          const { state } = (element as unknown as { editor: { state: { selection: { to: number }; doc: { content: { size: number } } } } }).editor;
          return state.selection.to === state.doc.content.size - 1;
        }),
      POLL,
    )
    .toBe(true);
}

/** A screenshot of one section, for a closer look than the full page gives. */
export async function sectionScreenshot(page: Page, title: string, name: string): Promise<void> {
  const dir = join("test-results", "screenshots");
  mkdirSync(dir, { recursive: true });
  await section(page, title).screenshot({ path: join(dir, `${name}.png`) });
}

export async function expectAccessible(page: Page, name: string): Promise<void> {
  const violations = await axeViolations(page);
  expect(violations, `${name}: ${JSON.stringify(violations, null, 2)}`).toEqual([]);
}
