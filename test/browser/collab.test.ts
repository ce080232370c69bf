import { describe, expect, it } from "vitest";
import Database from "better-sqlite3";
import type { Page } from "playwright-core";
import { screenshot, tabTo } from "../helpers/browser";
import { join } from "node:path";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, caretToEnd, editorOf, expectAccessible, liveText, section, sectionScreenshot, waitOnline } from "../helpers/documentPage";
import { publishOutline as publishSectionOutline } from "../../server/services/outline";

const FUNDING = "Sustainable funding";
const NRI = "National, Regional and Youth IGF initiatives";

// Live co-editing as people do it: real Chromium windows, the real server (sync server, update guard, storage)
// and the built client. Each person has their own browser context (cookies, IndexedDB, network).
describe("live co-editing in the browser", () => {
  const { server, fx, person, leave } = browserSuite();

  /** Types a new paragraph at the end of a section. */
  async function typeAtEnd(page: Page, title: string, text: string): Promise<void> {
    await caretToEnd(page, title);
    await page.keyboard.press("Enter");
    await page.keyboard.type(text, { delay: 5 });
  }

  it("two members of a group co-edit their section, converge, and see each other's named caret there only", async () => {
    const a = await person("wg1.member");
    const b = await person("wg1.second");
    const before = await liveText(a.page, FUNDING);
    expect(before).toContain("voluntary, extra-budgetary contributions");

    await typeAtEnd(a.page, FUNDING, "Amara adds a line about development banks.");
    await typeAtEnd(b.page, FUNDING, "Lucía adds a line about foundations.");

    for (const { page } of [a, b]) {
      await expect.poll(() => liveText(page, FUNDING), POLL).toContain("Amara adds a line about development banks.");
      await expect.poll(() => liveText(page, FUNDING), POLL).toContain("Lucía adds a line about foundations.");
    }
    expect(await liveText(a.page, FUNDING)).toBe(await liveText(b.page, FUNDING));
    expect(await liveText(a.page, FUNDING)).toContain(before.split("\n")[0]!);

    // Each sees the other's caret, with their name, in this section and in no other.
    await section(a.page, FUNDING).locator(".collab-caret__label", { hasText: "Lucía Fernández" }).waitFor();
    await section(b.page, FUNDING).locator(".collab-caret__label", { hasText: "Amara Okafor" }).waitFor();
    for (const { page } of [a, b]) {
      expect(await section(page, FUNDING).locator(".collab-caret").count()).toBe(1);
      expect(await page.locator(".collab-caret").count()).toBe(1);
    }

    // Presence names the other person and where they are.
    const presence = a.page.getByRole("region", { name: /Here now/ });
    await presence.getByText("Lucía Fernández").waitFor();
    await expect.poll(() => presence.innerText(), POLL).toMatch(/Lucía Fernández\s*in “Sustainable funding”/);
    await expect.poll(() => presence.innerText(), POLL).toMatch(/Amara Okafor \(you\)/);
    await screenshot(a.page, "collab-two-members");
    await sectionScreenshot(a.page, FUNDING, "collab-two-members-section");
    await a.page.screenshot({ path: join("test-results", "screenshots", "collab-header.png") });
  });

  it("shows another group's section for suggesting (or read-only), with its reason, and its text arriving live", async () => {
    const a = await person("wg1.member");
    const c = await person("wg2.member");
    const funding = section(c.page, FUNDING);
    // No formatting toolbar: what they type becomes suggestions; Viewing makes the text read-only.
    expect(await funding.getByRole("toolbar").count()).toBe(0);
    expect(await funding.getByRole("radio", { name: "Suggesting" }).isChecked()).toBe(true);
    await funding.getByRole("radio", { name: "Viewing" }).check();
    await expect.poll(() => editorOf(c.page, FUNDING).getAttribute("contenteditable"), POLL).toBe("false");
    await funding.getByText("Only members of WG1 Funding strategy edit this section").waitFor();
    // Their own group's section is editable, with its toolbar.
    expect(await editorOf(c.page, NRI).getAttribute("contenteditable")).toBe("true");
    await section(c.page, NRI).getByRole("toolbar").waitFor();

    await expect.poll(() => liveText(c.page, FUNDING), POLL).toContain("Lucía adds a line about foundations.");
    await typeAtEnd(a.page, FUNDING, "A third line, watched by WG2.");
    await expect.poll(() => liveText(c.page, FUNDING), POLL).toContain("A third line, watched by WG2.");
    await funding.locator(".collab-caret__label", { hasText: "Amara Okafor" }).waitFor();
    // Looking is not writing: the reader's editors never sent an update the server had to refuse.
    expect(await c.page.getByRole("region", { name: /Text not saved/ }).count()).toBe(0);
    expect(await c.page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(0);
    await screenshot(c.page, "collab-read-only");
    await sectionScreenshot(c.page, FUNDING, "collab-read-only-section");
  });

  it("keeps typing offline and converges when the network returns", async () => {
    const a = await person("wg1.member");
    const b = await person("wg1.second");
    await a.context.setOffline(true);
    await a.page.locator(".connection", { hasText: "Offline — changes are kept on this device" }).waitFor();
    await typeAtEnd(a.page, FUNDING, "Written while offline.");
    await a.page.screenshot({ path: join("test-results", "screenshots", "collab-offline.png") });
    await b.page.waitForTimeout(1500);
    expect(await liveText(b.page, FUNDING)).not.toContain("Written while offline.");

    await a.context.setOffline(false);
    await waitOnline(a.page);
    await expect.poll(() => liveText(b.page, FUNDING), POLL).toContain("Written while offline.");
    await expect.poll(async () => (await liveText(a.page, FUNDING)) === (await liveText(b.page, FUNDING)), POLL).toBe(true);
  });

  it("passes axe (WCAG 2.2 AA) with live editors, toolbars, carets and presence", async () => {
    const a = await person("wg1.member");
    const c = await person("wg2.member");
    await expectAccessible(a.page, "document with an editable section");
    await expectAccessible(c.page, "document with read-only live sections");
    await screenshot(a.page, "collab-document");
  });

  it("reaches the toolbar by Tab and toggles Bold with Enter and Space", async () => {
    const { page } = await person("wg1.second");
    const focusedLabel = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? null);
    await page.reload();
    await waitOnline(page);
    await tabTo(page, (el) => el.tag === "button" && el.label === "Bold");
    const bold = section(page, FUNDING).getByRole("button", { name: "Bold", exact: true });
    expect(await bold.getAttribute("aria-pressed")).toBe("false");
    await page.keyboard.press("Enter");
    expect(await bold.getAttribute("aria-pressed")).toBe("true");
    // The command returns focus to the text (on the next frame), ready to type in bold.
    await expect.poll(focusedLabel, POLL).toBe(`Text of “${FUNDING}”`);
    await page.keyboard.type("Bold by keyboard");
    await expect.poll(() => editorOf(page, FUNDING).locator("strong").allInnerTexts(), POLL).toContain("Bold by keyboard");

    await page.keyboard.press("Shift+Tab");
    expect(await focusedLabel()).toBe("Bold");
    await page.keyboard.press("Space");
    expect(await bold.getAttribute("aria-pressed")).toBe("false");
    await expect.poll(focusedLabel, POLL).toBe(`Text of “${FUNDING}”`);
    // Arrow keys move along the toolbar, which is one Tab stop.
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("ArrowRight");
    expect(await focusedLabel()).toBe("Italic");
    await page.keyboard.press("End");
    expect(await focusedLabel()).toBe("Redo");
    await page.keyboard.press("ArrowRight");
    expect(await focusedLabel()).toBe("Bold");
    await sectionScreenshot(page, FUNDING, "collab-toolbar-keyboard");
  });

  it("formats with the toolbar: headings, lists, links and tables, with undo, seen live by the others", async () => {
    const { page } = await person("wg1.member");
    const b = await person("wg1.second");
    const funding = section(page, FUNDING);
    const editor = editorOf(page, FUNDING);
    const button = (name: string) => funding.getByRole("button", { name, exact: true });

    await typeAtEnd(page, FUNDING, "");
    await button("Heading 2").click();
    expect(await button("Heading 2").getAttribute("aria-pressed")).toBe("true");
    await page.keyboard.type("Funding sources");
    // The section title is an h2, so the text's level-2 heading shows as an h3.
    await editor.locator("h3", { hasText: "Funding sources" }).waitFor();
    await page.keyboard.press("Enter");
    await button("Bulleted list").click();
    await page.keyboard.type("Regular budget");
    await editor.locator("ul li", { hasText: "Regular budget" }).waitFor();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");

    await page.keyboard.type("The IGF website");
    await page.keyboard.press("Shift+Home");
    await page.waitForTimeout(600); // a separate undo step from the typing
    await page.keyboard.press("Control+k");
    const address = funding.getByLabel("Link address");
    await address.waitFor();
    await expectAccessible(page, "link field open");
    await address.fill("intgovforum.org");
    await address.press("Enter");
    await editor.locator('a[href="https://intgovforum.org/"]', { hasText: "The IGF website" }).waitFor();
    await editorOf(b.page, FUNDING).locator('a[href="https://intgovforum.org/"]').waitFor();
    await button("Undo").click();
    await expect.poll(() => editor.locator("a[href]").count(), POLL).toBe(0);
    await button("Redo").click();
    await expect.poll(() => editor.locator("a[href]").count(), POLL).toBe(1);

    await caretToEnd(page, FUNDING);
    await page.keyboard.press("Enter");
    await button("Insert table (3 × 3, with a header row)").click();
    await editor.locator("table").waitFor();
    expect(await editor.locator("table th").count()).toBe(3);
    await page.keyboard.type("Source");
    await button("Add a row below").click();
    expect(await editor.locator("table tr").count()).toBe(4);
    await editorOf(b.page, FUNDING).locator("table th", { hasText: "Source" }).waitFor();
    await expectAccessible(page, "table tools");
    await sectionScreenshot(page, FUNDING, "collab-formatting");
    await button("Delete the table").click();
    await expect.poll(() => editor.locator("table").count(), POLL).toBe(0);
    expect(await funding.getByRole("button", { name: "Add a row below" }).count()).toBe(0);
    await expect.poll(async () => (await liveText(page, FUNDING)) === (await liveText(b.page, FUNDING)), POLL).toBe(true);
  });

  it("keeps text the server refused, says why, and starts over from the server's document", async () => {
    const a = await person("wg1.member");
    const b = await person("wg1.second");
    const fundingId = fx().section(FUNDING);
    await caretToEnd(b.page, FUNDING);

    // A chair approves the section while Lucía is typing, and her keystrokes reach the server before the news of
    // the approval reaches her page: the rights change now, the live outline (which would lock her editor first)
    // only once the refusal is seen.
    await setStatus(fundingId, "approved");
    try {
      // One input, so one update: all of it is refused at once.
      await b.page.keyboard.insertText(" Typed after the approval.");
      const alert = b.page.getByRole("alert").filter({ hasText: "Not saved" });
      await alert.waitFor();
      expect(await alert.innerText()).toMatch(/approved and is locked/);
      const kept = b.page.getByRole("region", { name: /Text not saved/ });
      await kept.waitFor();
      expect(await kept.getByRole("textbox").inputValue()).toContain("Typed after the approval.");
      await publishOutline();

      // The fresh document is the server's: without the refused text, and the section is now read-only.
      await section(b.page, FUNDING).getByText("This section is approved and locked").waitFor();
      await expect.poll(() => liveText(b.page, FUNDING), POLL).toContain("Written while offline.");
      expect(await liveText(b.page, FUNDING)).not.toContain("Typed after the approval.");
      expect(await liveText(a.page, FUNDING)).not.toContain("Typed after the approval.");
      await expectAccessible(b.page, "document with a refused text");

      // One click offers the kept text as an amendment to the section, to confirm in the dialog.
      await kept.getByRole("button", { name: "Propose as amendment" }).click();
      const dialog = b.page.getByRole("dialog", { name: `Propose an amendment to “${FUNDING}”` });
      expect(await dialog.getByLabel("Proposed text").inputValue()).toContain("Typed after the approval.");
      expect(await dialog.getByLabel("Reason (optional)").inputValue()).toBe("Edit refused by the server");
      await dialog.getByRole("button", { name: "Propose amendment" }).click();
      await dialog.waitFor({ state: "detached" });
      await section(b.page, FUNDING).getByRole("article", { name: /Amendment proposed by Lucía Fernández, open/ }).waitFor();
      await b.page.screenshot({ path: join("test-results", "screenshots", "collab-refused.png") });

      // A reload does not lose it; dismissing does.
      await b.page.reload();
      await waitOnline(b.page);
      await kept.getByRole("textbox").waitFor();
      expect(await kept.getByRole("textbox").inputValue()).toContain("Typed after the approval.");
      await kept.getByRole("button", { name: "Dismiss" }).click();
      await kept.waitFor({ state: "detached" });
      expect(await b.page.evaluate((key) => localStorage.getItem(key), `penholder:refused:${fx().documentId}`)).toBeNull();
    } finally {
      await setStatus(fundingId, "in_review");
      await publishOutline();
    }
  });

  it("stops live editing, and says why, when the session ends in another tab", async () => {
    const { context, page } = await person("wg2.member");
    const other = await context.newPage();
    await other.goto(`${server().url}/`);
    await other.getByRole("button", { name: "Sign out" }).click();
    await other.waitForURL(/\/login/);
    const stopped = page.getByRole("alert").filter({ hasText: "Live editing stopped" });
    await stopped.waitFor();
    expect(await stopped.innerText()).toMatch(/session ended/i);
    await stopped.getByRole("link", { name: "Sign in again" }).waitFor();
    await page.locator(".connection", { hasText: "Offline" }).waitFor();
    await expectAccessible(page, "live editing stopped");
    await leave("wg2.member");
  });

  it("asks the API why, when the live connection keeps being refused, and stops retrying", async () => {
    const { context, page } = await person("wg1.second");
    // The session cookie is gone while the network is down: the socket upgrade is now refused (401).
    await context.setOffline(true);
    await page.locator(".connection", { hasText: "Offline" }).waitFor();
    await context.clearCookies();
    await context.setOffline(false);
    const stopped = page.getByRole("alert").filter({ hasText: "Live editing stopped" });
    await stopped.waitFor();
    await stopped.getByRole("link", { name: "Sign in again" }).waitFor();
    expect(await page.locator(".connection").innerText()).toMatch(/Offline/);
    await leave("wg1.second");
  });

  async function setStatus(sectionId: string, status: string): Promise<void> {
    const db = new Database(server().databaseUrl.slice("sqlite:".length));
    try {
      db.prepare("UPDATE sections SET status = ? WHERE id = ?").run(status, sectionId);
    } finally {
      db.close();
    }
    await server().deps.rooms.refreshSections(fx().documentId);
  }

  /** What the server does after every change of status: write the outline into the live document. */
  async function publishOutline(): Promise<void> {
    await publishSectionOutline(server().deps.store, server().deps.rooms, fx().documentId, null);
  }
});
