import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { tabTo } from "../helpers/browser";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, editorOf, expectAccessible, focusedName, liveText, section } from "../helpers/documentPage";
import { createClient } from "../helpers/http";
import { anchorIn } from "../helpers/anchors";

const INTERSESSIONAL = "Intersessional work";
const SHOTS = "/tmp/penholder-shots/approval";

/** What is on screen now (the dialog over the page). */
async function viewShot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

// Approve what you saw: a chair approves with the keyboard while a member of the owning group is still typing in
// the section. The dialog shows the changes since submission and who is typing; a text changed since the chair
// looked is not approved, the dialog says what changed, and the chair approves the new text.
describe("approving what the chair saw, in the browser", { timeout: 120_000 }, () => {
  const { server, fx, person } = browserSuite();

  it("shows the changes and who is typing, refuses a text changed since, and approves the new text, by keyboard", async () => {
    const elise = await person("wg3.member");
    const nadia = await person("mag.chair", { width: 1440, height: 900 });
    const member = createClient(server().url);
    member.setCookie(await fx().cookie("wg3.member"));
    const path = `/api/documents/${fx().documentId}/sections/${fx().section(INTERSESSIONAL)}/transitions`;
    expect((await member.post(path, { to: "in_review" })).status).toBe(200);
    const chairView = section(nadia.page, INTERSESSIONAL);
    await chairView.locator(".status-badge", { hasText: "In review" }).waitFor();
    // A reader's question is still open in it.
    const { anchor, text } = await anchorIn(server(), fx().documentId, fx().section(INTERSESSIONAL), 4, 18);
    const observer = createClient(server().url);
    observer.setCookie(await fx().cookie("observer"));
    const thread = (await observer.post(`/api/documents/${fx().documentId}/threads`, { sectionId: fx().section(INTERSESSIONAL), anchor, quote: text, body: "Is this agreed wording?" })).body.thread;

    // Élise writes a sentence after submitting, and keeps her caret there.
    const editor = editorOf(elise.page, INTERSESSIONAL);
    await editor.locator(":scope > *").last().click();
    await elise.page.keyboard.press("Control+End");
    await elise.page.keyboard.type(" Written after submission.", { delay: 5 });
    await expect.poll(() => liveText(nadia.page, INTERSESSIONAL), POLL).toContain("Written after submission.");

    // The chair reaches Approve with the keyboard from the section's title: Tab to the section's controls (one
    // stop), End to the last of them, and back with the arrow keys.
    await chairView.getByRole("heading", { level: 2 }).evaluate((title: HTMLElement) => title.focus());
    await nadia.page.keyboard.press("Tab");
    await nadia.page.keyboard.press("End");
    for (let i = 0; i < 10 && (await focusedName(nadia.page)) !== "Approve"; i++) await nadia.page.keyboard.press("ArrowLeft");
    expect(await focusedName(nadia.page)).toBe("Approve");
    await nadia.page.keyboard.press("Enter");
    const dialog = nadia.page.getByRole("dialog", { name: /^Approve “Intersessional/ });
    const facts = dialog.getByRole("region", { name: "What you are approving" });
    await facts.waitFor();
    // The keyboard starts on what is being approved.
    await expect.poll(() => focusedName(nadia.page), POLL).toBe("What you are approving");
    await facts.locator("ins", { hasText: "Written after submission." }).waitFor();
    await facts.getByText(/Submitted by Élise Dubois/).waitFor();
    await facts.getByText("Open suggestions: 0").waitFor();
    await facts.getByText("Open comment threads: 1").waitFor();
    await facts.getByText(/Is this agreed wording\?/).waitFor();
    // She is still typing: the chair sees it live.
    await elise.page.keyboard.type(" And more", { delay: 5 });
    await facts.getByText(/Élise Dubois \(typing now\)/).waitFor();
    await expectAccessible(nadia.page, "approval dialog");
    await viewShot(nadia.page, "approve-dialog-1440");

    // Élise's words reach the server after the chair looked: Approve is refused and says what changed.
    await expect.poll(() => liveText(nadia.page, INTERSESSIONAL), POLL).toContain("And more");
    await dialog.getByText("The text changed while this dialog was open.").waitFor();
    await tabTo(nadia.page, (el) => el.tag === "button" && el.text === "Approve this text");
    await nadia.page.keyboard.press("Enter");
    const changed = dialog.getByRole("alert").filter({ hasText: "This section changed since you looked" });
    await changed.waitFor();
    await changed.locator("ins", { hasText: "And more" }).waitFor();
    await expect.poll(() => focusedName(nadia.page), POLL).toBe("This section changed since you looked");
    expect(await chairView.locator(".status-badge", { hasText: "In review" }).count()).toBe(1);
    expect(await editor.getAttribute("contenteditable")).toBe("true");
    await expectAccessible(nadia.page, "approval refused: changed since");
    await viewShot(nadia.page, "approve-changed-1440");

    // The chair reviews the new text and approves it.
    await tabTo(nadia.page, (el) => el.tag === "button" && el.text === "Approve the new text");
    await nadia.page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });
    await chairView.locator(".status-badge", { hasText: "Approved" }).waitFor();
    await expect.poll(() => nadia.page.evaluate(() => document.activeElement?.classList.contains("lifecycle__last") ?? false), POLL).toBe(true);
    await expect.poll(() => editor.getAttribute("contenteditable"), POLL).toBe("false");
    expect(await liveText(elise.page, INTERSESSIONAL)).toContain("Written after submission. And more");

    // Reopened for the narrow screen's look, then cancelled there with Escape: nothing changes.
    const chair = createClient(server().url);
    chair.setCookie(await fx().cookie("mag.chair"));
    expect((await chair.post(path, { to: "draft" })).status).toBe(200);
    expect((await member.post(path, { to: "in_review" })).status).toBe(200);
    const narrow = await person("lp.chair", { width: 390, height: 844 });
    const narrowView = section(narrow.page, INTERSESSIONAL);
    await narrowView.locator(".status-badge", { hasText: "In review" }).waitFor();
    const approve = narrowView.getByRole("button", { name: "Approve", exact: true });
    await approve.focus();
    await narrow.page.keyboard.press("Enter");
    await narrow.page.getByRole("region", { name: "What you are approving" }).waitFor();
    await expectAccessible(narrow.page, "approval dialog, narrow");
    await viewShot(narrow.page, "approve-dialog-390");
    await narrow.page.keyboard.press("Escape");
    await narrow.page.getByRole("dialog").waitFor({ state: "detached" });
    await expect.poll(() => focusedName(narrow.page), POLL).toBe("Approve");
    expect(await narrowView.locator(".status-badge", { hasText: "In review" }).count()).toBe(1);

    // From the dialog to the open thread: the dialog closes and the thread's card has the keyboard.
    await narrow.page.keyboard.press("Enter");
    await narrow.page.getByRole("region", { name: "What you are approving" }).waitFor();
    await tabTo(narrow.page, (el) => el.tag === "button" && el.text === "Show thread");
    await narrow.page.keyboard.press("Enter");
    await narrow.page.getByRole("dialog").waitFor({ state: "detached" });
    await expect.poll(() => narrow.page.evaluate(() => document.activeElement?.id ?? ""), POLL).toBe(`thread-${thread.id}`);
  });
});
