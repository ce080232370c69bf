import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { join } from "node:path";
import { mkdirSync } from "node:fs";
import { browserSuite } from "../helpers/browserSuite";
import { createClient } from "../helpers/http";
import { anchorIn } from "../helpers/anchors";
import { POLL, editorOf, expectAccessible, focusedName, liveText, savedSection, section, waitOnline } from "../helpers/documentPage";

const FUNDING = "Sustainable funding";
const SHOTS = join("test-results", "screenshots");

/** The name of what has the keyboard, and whether it is a text one may type in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { name: "", editable: false };
    return { name: element.getAttribute("aria-label") ?? element.innerText.trim(), editable: element.isContentEditable };
  });

/** Tab stops inside a section as the page stands (what a Tab press can land on). */
const tabStopsIn = (target: Locator) =>
  target.evaluate((root) =>
    [...root.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex], [contenteditable='true']")].filter(
      (element) => element.tabIndex >= 0 && !(element as HTMLButtonElement).disabled && element.getClientRects().length > 0 && !element.closest("[hidden], .review-panel__body"),
    ).length,
  );

// The document page puts the text first: a compact header, the connection state always in view, the reader's
// own sections marked and one keystroke away, sections that take one Tab stop for their controls, whether what
// one wrote is saved (from what the server confirms), and the activity in words as it happens.
describe("the document page: little chrome, own sections near, saved status, live activity", () => {
  const { server, fx, person, leave } = browserSuite();

  it("takes a keyboard user into their own section's text in a handful of Tab presses", async () => {
    const { page } = await person("wg1.member", { width: 1440, height: 900 });
    await page.reload();
    await waitOnline(page);
    let presses = 0;
    while (!(await focused(page)).name.includes("your section") && presses < 40) {
      await page.keyboard.press("Tab");
      presses++;
    }
    // Skip link, the site's header (home, Documents, Inbox, Language, Sign out), then the way to one's own section.
    expect(presses).toBeLessThanOrEqual(7);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedName(page), POLL).toBe(`Text of “${FUNDING}”`);
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Reached by keyboard.");
    await expect.poll(() => savedSection(server().url, fx().documentId, fx().section(FUNDING)), POLL).toContain("Reached by keyboard.");

    // Sections the reader does not own take one stop for their controls (arrows inside) and one for the text.
    const sectionsOf = page.locator("section.section");
    for (let i = 0; i < (await sectionsOf.count()); i++) {
      const one = sectionsOf.nth(i);
      if ((await one.locator(".own-badge").count()) > 0) continue;
      expect(await tabStopsIn(one), `stops in section ${i + 1}`).toBeLessThanOrEqual(2);
    }
    // Marked as the reader's own, in the contents and on the section.
    await page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: new RegExp(`${FUNDING}.*Your group`) }).waitFor();
    await section(page, FUNDING).locator(".own-badge", { hasText: "Your group" }).waitFor();
  });

  it("moves between a section's controls with the arrow keys, one Tab stop for them all", async () => {
    const { page } = await person("wg1.member", { width: 1440, height: 900 });
    const intro = section(page, "Introduction");
    await intro.getByRole("radio", { name: "Suggesting" }).focus();
    const suggesting = intro.getByRole("radio", { name: "Suggesting" });
    const hasKeyboard = (target: Locator) => target.evaluate((element) => element === document.activeElement);
    // Down chooses the next mode, as radios do; Right moves on to the section's other controls without choosing.
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => intro.getByRole("radio", { name: "Viewing" }).isChecked(), POLL).toBe(true);
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedName(page), POLL).toBe("Comment");
    await page.keyboard.press("ArrowLeft");
    await page.keyboard.press("ArrowLeft");
    await expect.poll(() => hasKeyboard(suggesting), POLL).toBe(true);
    expect(await intro.getByRole("radio", { name: "Viewing" }).isChecked()).toBe(true);
    await page.keyboard.press("ArrowRight");
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => focusedName(page), POLL).toBe("Comment");
    await page.keyboard.press("End");
    await expect.poll(() => focusedName(page), POLL).toMatch(/^Comments and amendments/);
    await page.keyboard.press("Home");
    await expect.poll(() => hasKeyboard(suggesting), POLL).toBe(true);
    await page.keyboard.press("Space");
    await expect.poll(() => suggesting.isChecked(), POLL).toBe(true);
    // Tab leaves the controls at once, into the text; Shift+Tab comes back to the control used last.
    await page.keyboard.press("Tab");
    await expect.poll(() => focusedName(page), POLL).toMatch(/^Text of “Introduction”/);
    await page.keyboard.press("Shift+Tab");
    await expect.poll(() => hasKeyboard(suggesting), POLL).toBe(true);
    await expectAccessible(page, "document with a section's controls in use");
  });

  it("goes to the next of one's own sections with Alt+Shift+Y, from anywhere, round to the first", async () => {
    const { page } = await person("wg5.member", { width: 1440, height: 900 });
    await page.getByRole("navigation", { name: "Your sections" }).getByRole("link", { name: /The annual IGF meeting/ }).waitFor();
    await page.getByRole("heading", { level: 1 }).click();
    await page.keyboard.press("Alt+Shift+KeyY");
    await expect.poll(() => focusedName(page), POLL).toBe("Text of “The annual IGF meeting”");
    await page.keyboard.press("Alt+Shift+KeyY");
    await expect.poll(() => focusedName(page), POLL).toBe("Text of “Accessibility and inclusion”");
    await page.keyboard.press("Alt+Shift+KeyY");
    await expect.poll(() => focusedName(page), POLL).toBe("Text of “The annual IGF meeting”");
    // Nothing was typed by the shortcut.
    expect(await liveText(page, "The annual IGF meeting")).not.toMatch(/[ÁY]$/);
  });

  it("says Saving… then Saved beside the text once the server has it, and how many changes wait while offline", async () => {
    const { page, context } = await person("wg1.member", { width: 1440, height: 900 });
    const text = editorOf(page, FUNDING);
    const status = section(page, FUNDING).locator(".save-status");
    await text.click();
    await page.keyboard.press("Control+End");
    // Every state the status shows, in order, recorded in the page (it may change faster than a poll looks).
    await status.evaluate((element) => {
      const seen: string[] = [];
      (window as unknown as { savedStates: string[] }).savedStates = seen;
      new MutationObserver(() => seen.push(element.textContent ?? "")).observe(element, { childList: true, subtree: true, characterData: true });
    });
    await page.keyboard.type(" Saved soon.");
    await expect.poll(() => status.innerText(), POLL).toBe("Saved");
    const states = await page.evaluate(() => (window as unknown as { savedStates: string[] }).savedStates);
    expect(states).toContain("Saving…");
    expect(states.at(-1)).toBe("Saved");
    expect(await savedSection(server().url, fx().documentId, fx().section(FUNDING))).toContain("Saved soon.");

    await context.setOffline(true);
    await page.locator(".document__bar .connection", { hasText: "Offline" }).waitFor();
    await page.keyboard.type("abc");
    await expect.poll(() => status.innerText(), POLL).toBe("Offline — 3 changes kept on this device");
    await page.screenshot({ path: join(SHOTS, "chrome-offline-1440.png") });
    await context.setOffline(false);
    await waitOnline(page);
    await expect.poll(() => status.innerText(), POLL).toBe("Saved");
    expect(await savedSection(server().url, fx().documentId, fx().section(FUNDING))).toContain("Saved soon.abc");
  });

  it("shows the activity in words as it happens, without a Refresh button, and passes axe", async () => {
    const { page } = await person("wg1.member", { width: 1440, height: 900 });
    await page.getByText("Activity", { exact: true }).click();
    const log = page.getByRole("log", { name: "Activity, newest first" });
    await log.waitFor();
    expect(await page.getByRole("button", { name: "Refresh" }).count()).toBe(0);

    const ravi = createClient(server().url);
    await ravi.loginAs("wg2.member");
    const funding = fx().section(FUNDING);
    const { anchor, text } = await anchorIn(server(), fx().documentId, funding, 0, 12);
    expect((await ravi.post(`/api/documents/${fx().documentId}/threads`, { sectionId: funding, anchor, quote: text, body: "Agreed language?" })).status).toBe(201);
    const number = await page.locator(`#section-${funding} .section__number`).innerText();
    await log.getByText(`Ravi Menon commented on ${number} ${FUNDING}.`).waitFor();
    expect(await log.innerText()).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);
    await expectAccessible(page, "document with the activity open");
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, "chrome-activity-1440.png") });
    await page.keyboard.press("Escape");
    await expect.poll(() => log.isVisible(), POLL).toBe(false);
    // Folded, it says how many entries arrived since.
    expect((await ravi.post(`/api/documents/${fx().documentId}/threads`, { sectionId: funding, anchor, quote: text, body: "And this?" })).status).toBe(201);
    await page.locator("summary", { hasText: "Activity (1 new)" }).waitFor();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await log.getByText(`Ravi Menon commented on ${number} ${FUNDING}.`).count()), POLL).toBe(2);
    expect(await page.locator("summary", { hasText: "new)" }).count()).toBe(0);
  });

  it("keeps the secretariat's audit log current in words as people act, and it passes axe", async () => {
    const { page } = await person("secretariat", { width: 1440, height: 900 });
    await page.goto(`${server().url}/admin/audit`);
    await page.getByRole("heading", { name: "Audit log", level: 2 }).waitFor();
    await page.locator("td.audit__what").first().waitFor();
    const ravi = createClient(server().url);
    await ravi.loginAs("wg2.member");
    const funding = fx().section(FUNDING);
    const { anchor, text } = await anchorIn(server(), fx().documentId, funding, 0, 8);
    expect((await ravi.post(`/api/documents/${fx().documentId}/threads`, { sectionId: funding, anchor, quote: text, body: "Seen by the secretariat?" })).status).toBe(201);
    await expect.poll(async () => (await page.locator("td.audit__what").count()) > 0 && (await page.locator("td.audit__what").first().innerText()), POLL).toMatch(/^Ravi Menon commented on \d+\. Sustainable funding\.$/);
    expect((await page.locator("table").innerText())).not.toMatch(/\b[a-z]+\.[a-z_]+\b/);
    await expectAccessible(page, "audit log");
    await page.screenshot({ path: join(SHOTS, "chrome-audit-1440.png") });
  });

  it("fits a phone: the connection and the way to one's section stay in view", async () => {
    await leave("wg1.member");
    const { page } = await person("wg1.member", { width: 390, height: 844 });
    await page.screenshot({ path: join(SHOTS, "chrome-top-390.png") });
    await page.mouse.wheel(0, 3000);
    await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBeGreaterThan(1000);
    const bar = page.locator(".document__bar");
    expect((await bar.boundingBox())!.y).toBeLessThanOrEqual(1);
    await bar.getByText("Online").waitFor();
    await page.screenshot({ path: join(SHOTS, "chrome-scrolled-390.png") });
    // Going to one's section lands it below the bar, not under it.
    await bar.getByRole("link", { name: new RegExp(FUNDING) }).focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedName(page), POLL).toBe(`Text of “${FUNDING}”`);
    const barBottom = await bar.evaluate((element) => element.getBoundingClientRect().bottom);
    await expect.poll(() => section(page, FUNDING).evaluate((element) => element.getBoundingClientRect().top), POLL).toBeGreaterThanOrEqual(barBottom);
    await page.screenshot({ path: join(SHOTS, "chrome-own-section-390.png") });
    await expectAccessible(page, "document on a phone");
  });
});
