import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { join } from "node:path";
import { browserSuite } from "../helpers/browserSuite";
import { tabTo } from "../helpers/browser";
import { POLL, caretToEnd, editorOf, editorText, expectAccessible, focusedName, openAs, section, sectionScreenshot } from "../helpers/documentPage";

const FUNDING = "Sustainable funding";
const TEXT_OF_FUNDING = `Text of “${FUNDING}”`;
const FIRST = "UN General Assembly resolution 70/125, paragraph 65.";
const EDITED = "A/RES/70/125, paragraph 65 (renewing the IGF mandate).";
const EARLIER = "Tunis Agenda, paragraph 72.";

// Footnotes as people write and read them: real Chromium windows against the real server and the built client.
// Two members of WG1 (which owns "Sustainable funding") write and edit notes; a member of WG2 reads them.
describe("footnotes in the browser", { timeout: 90_000 }, () => {
  const { server, fx, person } = browserSuite();

  const reference = (page: Page, number: number, text: string) => editorOf(page, FUNDING).getByRole("button", { name: `Footnote ${number}: ${text}`, exact: true });

  /** Counts what this window itself writes into the paper's Y.Doc from now on (others' updates are not local). */
  async function countLocalWrites(page: Page): Promise<() => Promise<number>> {
    await editorOf(page, FUNDING).evaluate((element) => {
      type Doc = { on(event: "update", f: (update: Uint8Array, origin: unknown, doc: unknown, transaction: { local: boolean }) => void): void };
      type State = { plugins: { key: string; getState(state: unknown): { doc: Doc } }[] };
      const { state } = (element as unknown as { editor: { state: State } }).editor;
      const sync = state.plugins.find((plugin) => plugin.key.startsWith("y-sync$"))!.getState(state);
      const counter = window as unknown as { localWrites: number };
      counter.localWrites = 0;
      sync.doc.on("update", (_update, _origin, _doc, transaction) => {
        if (transaction.local) counter.localWrites += 1;
      });
    });
    return () => page.evaluate(() => (window as unknown as { localWrites: number }).localWrites);
  }

  /** What is on screen: a dialog sits over the part of the page in view, which a full-page picture loses. */
  const viewportScreenshot = (page: Page, name: string) => page.screenshot({ path: join("test-results", "screenshots", `${name}.png`) });

  /**
   * The browser moves the caret for Home and the arrow keys; the editor reads where it went a moment later. A
   * person is slower than that; a test waits until the editor has caught up (at `offset` in the paragraph).
   */
  async function caretReached(page: Page, offset: number): Promise<void> {
    const caret = () =>
      editorOf(page, FUNDING).evaluate((element) => (element as unknown as { editor: { state: { selection: { $from: { parentOffset: number } } } } }).editor.state.selection.$from.parentOffset);
    await expect.poll(caret, POLL).toBe(offset);
  }

  it("inserts a footnote with the keyboard alone: shortcut, text, Enter; Escape cancels; arrow keys and Enter reopen it", async () => {
    const { page } = await person("wg1.member");
    const editor = editorOf(page, FUNDING);
    await caretToEnd(page, FUNDING);
    await page.keyboard.press("Enter");
    await page.keyboard.type("Funding should be predictable", { delay: 5 });

    await page.keyboard.press("Control+Alt+f");
    const dialog = page.getByRole("dialog", { name: "Insert a footnote" });
    await dialog.waitFor();
    await expect.poll(() => dialog.getByLabel("Footnote text").evaluate((el) => el === document.activeElement), POLL).toBe(true);
    // Empty: an error, tied to the field, and nothing inserted.
    await page.keyboard.press("Enter");
    await dialog.getByText("Write the footnote's text, or cancel.").waitFor();
    expect(await dialog.getByLabel("Footnote text").getAttribute("aria-invalid")).toBe("true");
    await expectAccessible(page, "footnote dialog open, with an error");
    await page.keyboard.type(FIRST, { delay: 2 });
    await viewportScreenshot(page, "footnotes-insert-dialog");
    await page.keyboard.press("Enter");
    await dialog.waitFor({ state: "detached" });

    // Back in the text, right after the note: typing goes on there.
    await expect.poll(() => focusedName(page), POLL).toBe(TEXT_OF_FUNDING);
    await reference(page, 1, FIRST).waitFor();
    await page.keyboard.type(" across cycles.", { delay: 5 });
    await expect.poll(() => editorText(page, FUNDING), POLL).toContain(`Funding should be predictable [${FIRST}] across cycles.`);

    // Escape cancels: no note, focus back where it was.
    await page.keyboard.press("Control+Alt+f");
    await dialog.waitFor();
    await page.keyboard.type("Never mind");
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => focusedName(page), POLL).toBe(TEXT_OF_FUNDING);
    await page.keyboard.type(" Really.", { delay: 5 });
    await expect.poll(() => editorText(page, FUNDING), POLL).toContain(`[${FIRST}] across cycles. Really.`);
    expect(await editorText(page, FUNDING)).not.toContain("Never mind");

    // The arrow keys select the note whole; Enter opens it instead of replacing it with a line break.
    await page.keyboard.press("Home");
    await caretReached(page, 0);
    for (let i = 0; i < "Funding should be predictable".length; i++) await page.keyboard.press("ArrowRight");
    await caretReached(page, "Funding should be predictable".length);
    await page.keyboard.press("ArrowRight");
    await editor.locator(".footnote-ref.ProseMirror-selectednode").waitFor();
    await sectionScreenshot(page, FUNDING, "footnotes-selected");
    await page.keyboard.press("Enter");
    const edit = page.getByRole("dialog", { name: "Edit footnote 1" });
    await edit.waitFor();
    expect(await edit.getByLabel("Footnote text").inputValue()).toBe(FIRST);
    await page.keyboard.press("Escape");
    await edit.waitFor({ state: "detached" });
    await expect.poll(() => focusedName(page), POLL).toBe(TEXT_OF_FUNDING);
    expect(await editor.locator(".footnote-ref.ProseMirror-selectednode").count()).toBe(1);
    expect(await editorText(page, FUNDING)).toContain(`predictable [${FIRST}] across cycles. Really.`);
    await expectAccessible(page, "a section with a footnote");
  });

  it("shows the reference to a second member, who edits it with the mouse; the first sees the change", async () => {
    const a = await person("wg1.member");
    const b = await person("wg1.second");
    const note = reference(b.page, 1, FIRST);
    await note.waitFor();
    expect(await note.innerText()).toBe("1");
    expect(await note.getAttribute("title")).toBe(`Footnote 1: ${FIRST}`);
    expect(await note.evaluate((el) => el.parentElement?.tagName)).toBe("SUP");

    await note.click();
    const edit = b.page.getByRole("dialog", { name: "Edit footnote 1" });
    await edit.waitFor();
    await expectAccessible(b.page, "footnote edit dialog");
    // Emptied: an error; removing is its own button.
    await edit.getByLabel("Footnote text").fill("  ");
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.getByText("Write the footnote's text, or remove the footnote.").waitFor();
    await edit.getByLabel("Footnote text").fill(EDITED);
    await edit.getByRole("button", { name: "Save" }).click();
    await edit.waitFor({ state: "detached" });
    await expect.poll(() => focusedName(b.page), POLL).toBe(TEXT_OF_FUNDING);
    await reference(b.page, 1, EDITED).waitFor();
    await reference(a.page, 1, EDITED).waitFor();
    expect(await editorText(a.page, FUNDING)).not.toContain(FIRST);
  });

  it("renumbers the notes when one is written before them, and inserts from the toolbar button", async () => {
    const a = await person("wg1.member");
    const b = await person("wg1.second");
    const funding = section(a.page, FUNDING);
    // The start of the paragraph with the note (clicked at its left edge, clear of the note itself).
    await editorOf(a.page, FUNDING).locator(":scope > p").last().click({ position: { x: 1, y: 8 } });
    await a.page.keyboard.press("Control+End");
    await a.page.keyboard.press("Home");
    await caretReached(a.page, 0);
    await a.page.keyboard.type("Firstly,", { delay: 5 });
    // The toolbar button, with its shortcut in the tooltip.
    const button = funding.getByRole("button", { name: "Footnote", exact: true });
    expect(await button.getAttribute("aria-keyshortcuts")).toBe("Control+Alt+F");
    expect(await button.getAttribute("aria-haspopup")).toBe("dialog");
    await button.hover();
    await sectionScreenshot(a.page, FUNDING, "footnotes-toolbar");
    const dialog = a.page.getByRole("dialog", { name: "Insert a footnote" });

    // Clicked and cancelled: back in the text, where the caret was.
    await button.click();
    await dialog.getByRole("button", { name: "Cancel" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => focusedName(a.page), POLL).toBe(TEXT_OF_FUNDING);
    await caretReached(a.page, "Firstly,".length);
    // Pressed from the keyboard and cancelled with Escape: back on the button, as with any dialog.
    await button.focus();
    await a.page.keyboard.press("Enter");
    await dialog.waitFor();
    await a.page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => focusedName(a.page), POLL).toBe("Footnote");

    await a.page.keyboard.press("Enter");
    await dialog.getByLabel("Footnote text").fill(EARLIER);
    await viewportScreenshot(a.page, "footnotes-toolbar-dialog");
    await dialog.getByRole("button", { name: "Insert" }).click();
    await dialog.waitFor({ state: "detached" });
    await expect.poll(() => focusedName(a.page), POLL).toBe(TEXT_OF_FUNDING);
    for (const { page } of [a, b]) {
      await reference(page, 1, EARLIER).waitFor();
      await reference(page, 2, EDITED).waitFor();
    }
    await expect.poll(() => editorText(b.page, FUNDING), POLL).toContain(`Firstly, [${EARLIER}]Funding should be predictable [${EDITED}] across cycles.`);
    await sectionScreenshot(a.page, FUNDING, "footnotes-paragraph");
  });

  it("shows the notes read-only to a reader of another group, who can read but never change them", async () => {
    const c = await person("wg2.member");
    const funding = section(c.page, FUNDING);
    const note = reference(c.page, 2, EDITED);
    await note.waitFor();
    expect(await funding.getByRole("toolbar").count()).toBe(0);
    const localWrites = await countLocalWrites(c.page);
    const before = await editorText(c.page, FUNDING);

    // By keyboard: the reference is a Tab stop of its own in read-only text. (Clicking the title starts Tab there.)
    await funding.getByRole("heading", { level: 2 }).click();
    await tabTo(c.page, (el) => el.tag === "button" && el.label === `Footnote 1: ${EARLIER}`, 200);
    await c.page.keyboard.press("Tab");
    expect(await focusedName(c.page)).toBe(`Footnote 2: ${EDITED}`);
    await sectionScreenshot(c.page, FUNDING, "footnotes-read-only-focus");
    // Keys that would edit do nothing here.
    for (const key of ["Backspace", "Delete", "x"]) await c.page.keyboard.press(key);
    await c.page.keyboard.press("Enter");
    const read = c.page.getByRole("dialog", { name: "Footnote 2" });
    await read.waitFor();
    await read.getByText(EDITED).waitFor();
    // Its text is the dialog's description: read out with the title as it opens.
    const described = await read.getAttribute("aria-describedby");
    expect(await c.page.locator(`[id="${described}"]`).innerText()).toBe(EDITED);
    expect(await read.getByRole("textbox").count()).toBe(0);
    expect(await read.getByRole("button", { name: /Save|Remove/ }).count()).toBe(0);
    await expectAccessible(c.page, "footnote read in a read-only section");
    await viewportScreenshot(c.page, "footnotes-read-only-dialog");
    await c.page.keyboard.press("Escape");
    await read.waitFor({ state: "detached" });
    await expect.poll(() => focusedName(c.page), POLL).toBe(`Footnote 2: ${EDITED}`);

    // By mouse, closed with its button.
    await reference(c.page, 1, EARLIER).click();
    const first = c.page.getByRole("dialog", { name: "Footnote 1" });
    await first.getByText(EARLIER).waitFor();
    await first.getByRole("button", { name: "Close" }).last().click();
    await first.waitFor({ state: "detached" });
    await expectAccessible(c.page, "read-only section with footnotes");

    // Reading wrote nothing: not a byte from this window, nothing refused by the server, the text unchanged.
    await c.page.waitForTimeout(500);
    expect(await localWrites()).toBe(0);
    expect(await c.page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(0);
    expect(await editorText(c.page, FUNDING)).toBe(before);
    await sectionScreenshot(c.page, FUNDING, "footnotes-read-only");
  });

  it("removes a note from the edit dialog, and the remaining one becomes note 1 for everyone", async () => {
    const a = await person("wg1.member");
    const c = await person("wg2.member");
    await reference(a.page, 1, EARLIER).click();
    const edit = a.page.getByRole("dialog", { name: "Edit footnote 1" });
    await edit.getByRole("button", { name: "Remove footnote" }).click();
    await edit.waitFor({ state: "detached" });
    await expect.poll(() => focusedName(a.page), POLL).toBe(TEXT_OF_FUNDING);
    for (const { page } of [a, c]) await reference(page, 1, EDITED).waitFor();
    expect(await editorText(c.page, FUNDING)).not.toContain(EARLIER);
  });

  const LATER = "Pledges of 2024–2025, table 3.";
  const NRI = "National, Regional and Youth IGF initiatives";
  const NRI_NOTE = "NRI survey, 2025: 170 recognized NRIs.";

  /** Every reference on the page, in reading order, by its accessible name. */
  const allReferences = (page: Page) => page.locator(".ProseMirror .footnote-ref__button").evaluateAll((buttons) => buttons.map((b) => b.getAttribute("aria-label")));

  /** The notes of the HTML export of the live document, as the editor names them: "Footnote 3: text". */
  async function exportedNotes(): Promise<string[]> {
    const response = await fetch(new URL(`/api/documents/${fx().documentId}/export?format=html`, server().url), { headers: { cookie: await fx().cookie("wg2.member") } });
    expect(response.status).toBe(200);
    const html = await response.text();
    const unescape = (text: string) => text.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'" })[e]!);
    return [...html.matchAll(/<li id="fn-(\d+)">(.*?) <a href="#fnref-\1"/g)].map(([, n, text]) => `Footnote ${n}: ${unescape(text!)}`);
  }

  /** Puts the sections in this order, as a chair does in the outline manager. */
  async function reorder(sectionIds: string[]): Promise<void> {
    const response = await fetch(new URL(`/api/documents/${fx().documentId}/sections/order`, server().url), {
      method: "PUT",
      headers: { cookie: await fx().cookie("secretariat"), "content-type": "application/json" },
      body: JSON.stringify({ sectionIds }),
    });
    expect(response.status).toBe(200);
  }

  it("numbers notes through the paper as the exports do: an earlier section's note shifts later ones for everyone", async () => {
    const a = await person("wg1.member");
    const c = await person("wg2.member");
    const nriReference = (page: Page, number: number) => editorOf(page, NRI).getByRole("button", { name: `Footnote ${number}: ${NRI_NOTE}`, exact: true });

    // WG2 writes a note in its own section, which comes after "Sustainable funding": it is note 2 of the paper.
    await caretToEnd(c.page, NRI);
    await c.page.keyboard.press("Enter");
    await c.page.keyboard.type("NRIs need stable support", { delay: 5 });
    await c.page.keyboard.press("Control+Alt+f");
    const insert = c.page.getByRole("dialog", { name: "Insert a footnote" });
    await insert.getByLabel("Footnote text").fill(NRI_NOTE);
    await c.page.keyboard.press("Enter");
    await insert.waitFor({ state: "detached" });
    for (const { page } of [a, c]) await nriReference(page, 2).waitFor();

    // WG1 adds a note to the earlier section: WG2's note becomes 3 in WG2's window (and in every other).
    await caretToEnd(a.page, FUNDING);
    await a.page.keyboard.type(" Pledges should be multi-year.", { delay: 5 });
    await a.page.keyboard.press("Control+Alt+f");
    const second = a.page.getByRole("dialog", { name: "Insert a footnote" });
    await second.getByLabel("Footnote text").fill(LATER);
    await a.page.keyboard.press("Enter");
    await second.waitFor({ state: "detached" });
    for (const { page } of [a, c]) {
      await nriReference(page, 3).waitFor();
      await reference(page, 2, LATER).waitFor();
    }
    expect(await nriReference(c.page, 3).innerText()).toBe("3");
    // Its dialog says the same number.
    await nriReference(c.page, 3).click();
    const edit = c.page.getByRole("dialog", { name: "Edit footnote 3" });
    await edit.waitFor();
    await c.page.keyboard.press("Escape");
    await edit.waitFor({ state: "detached" });

    // The screen shows the numbers the exported draft prints, note for note.
    const expected = [`Footnote 1: ${EDITED}`, `Footnote 2: ${LATER}`, `Footnote 3: ${NRI_NOTE}`];
    for (const { page } of [a, c]) expect(await allReferences(page)).toEqual(expected);
    expect(await exportedNotes()).toEqual(expected);
    await expectAccessible(c.page, "notes numbered through the paper");
    await sectionScreenshot(c.page, NRI, "footnotes-numbered-through-the-paper");

    // A chair moves WG2's section before "Sustainable funding": every window numbers again, as the export does.
    const ids = [fx().section("Introduction"), fx().section("mandate"), fx().section("Institutional"), fx().section(FUNDING), fx().section("National, Regional")];
    const detail = (await (await fetch(new URL(`/api/documents/${fx().documentId}`, server().url), { headers: { cookie: await fx().cookie("secretariat") } })).json()) as { document: { sections: { id: string }[] } };
    const order = detail.document.sections.map((s) => s.id);
    expect(order.slice(0, 5)).toEqual(ids);
    await reorder([...ids.slice(0, 3), ids[4]!, ids[3]!, ...order.slice(5)]);
    const reordered = [`Footnote 1: ${NRI_NOTE}`, `Footnote 2: ${EDITED}`, `Footnote 3: ${LATER}`];
    for (const { page } of [a, c]) await expect.poll(() => allReferences(page), POLL).toEqual(reordered);
    expect(await exportedNotes()).toEqual(reordered);
    await reorder(order);
    for (const { page } of [a, c]) await expect.poll(() => allReferences(page), POLL).toEqual(expected);
  });
});
