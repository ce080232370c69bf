import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { screenshot } from "../helpers/browser";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, editorOf, expectAccessible, liveText, section, sectionScreenshot } from "../helpers/documentPage";
import { readSection } from "../../shared/editor/content";
import { agreedText, suggestionRuns } from "../../shared/editor/suggestions";

const FUNDING = "Sustainable funding";

// Suggesting as people do it: a member of another group clicks into WG1's section and types; the server stores
// what they typed as their suggestion and the agreed text stays as it was; the owners see it live, coloured and
// named, and can preview the text with everything accepted or rejected.
describe("suggesting in the browser", () => {
  const { server, fx, person } = browserSuite();

  const stored = async () => {
    const room = await server().deps.rooms.get(fx().documentId);
    await room.whenFlushed();
    return readSection(room.doc.getXmlFragment(`section:${fx().section(FUNDING)}`));
  };

  /** Clicks into the section and puts the caret at its very start or end, as Ctrl+Home / Ctrl+End do. */
  async function caretTo(page: Page, where: "start" | "end"): Promise<void> {
    const editor = editorOf(page, FUNDING);
    await editor.locator(":scope > p").first().click();
    await page.keyboard.press(where === "start" ? "Control+Home" : "Control+End");
    await expect
      .poll(
        () =>
          editor.evaluate((element, at) => {
            const { state } = (element as unknown as { editor: { state: { selection: { from: number }; doc: { content: { size: number } } } } }).editor;
            return at === "start" ? state.selection.from === 1 : state.selection.from === state.doc.content.size - 1;
          }, where),
        POLL,
      )
      .toBe(true);
  }

  it("turns another group's typing, deleting and Enter into their suggestions; the agreed text stays", async () => {
    const ravi = await person("wg2.member");
    const amara = await person("wg1.member");
    const funding = section(ravi.page, FUNDING);
    // Suggesting at once, and saying so plainly.
    await funding.getByRole("radio", { name: "Suggesting" }).waitFor();
    expect(await funding.getByRole("radio", { name: "Suggesting" }).isChecked()).toBe(true);
    await funding.getByText("Only members of WG1 Funding strategy edit this section. What you type here becomes a suggestion").waitFor();
    expect(await editorOf(ravi.page, FUNDING).getAttribute("contenteditable")).toBe("true");
    const agreedBefore = agreedText(await stored());

    await caretTo(ravi.page, "end");
    await ravi.page.keyboard.type(" Ravi proposes this.", { delay: 10 });
    for (let i = 0; i < 5; i++) await ravi.page.keyboard.press("Backspace");
    await ravi.page.keyboard.type("that.", { delay: 10 });
    await caretTo(ravi.page, "start");
    for (let i = 0; i < 4; i++) await ravi.page.keyboard.press("Delete");

    await expect.poll(async () => suggestionRuns(await stored()).length, POLL).toBeGreaterThanOrEqual(2);
    const after = await stored();
    const me = (await ravi.page.evaluate(() => fetch("/api/me").then((r) => r.json()))).user.id as string;
    const runs = suggestionRuns(after);
    expect(runs.every((run) => run.author === me)).toBe(true);
    expect(runs.find((run) => run.kind === "insertion")).toBeDefined();
    expect(runs.find((run) => run.kind === "deletion")).toBeDefined();
    const inserted = runs.find((r) => r.kind === "insertion")!;
    const deleted = runs.find((r) => r.kind === "deletion")!;
    expect(after.textBetween(inserted.from, inserted.to)).toBe(" Ravi proposes that.");
    expect(after.textBetween(deleted.from, deleted.to)).toBe("The ");
    // The promise: rejecting everything gives back exactly the agreed text.
    expect(agreedText(after).eq(agreedBefore)).toBe(true);
    // No refusal on the way.
    expect(await ravi.page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(0);

    // The owner sees it live: underlined, named.
    const ownerMark = section(amara.page, FUNDING).locator("ins.suggestion", { hasText: "Ravi proposes that." });
    await ownerMark.waitFor();
    await expect.poll(() => ownerMark.locator(".suggestion-run").first().getAttribute("title"), POLL).toMatch(/Suggested insertion by Ravi Menon \(WG2/);
    await section(amara.page, FUNDING).locator("del.suggestion").first().waitFor();

    // Enter splits the paragraph as a suggestion; the agreed text still holds.
    await caretTo(ravi.page, "end");
    await ravi.page.keyboard.press("Enter");
    await ravi.page.keyboard.type("A new paragraph from Ravi.", { delay: 10 });
    await expect.poll(() => liveText(amara.page, FUNDING), POLL).toContain("A new paragraph from Ravi.");
    expect(await section(ravi.page, FUNDING).locator(".suggesting-bar__blocked").innerText()).toBe("");
    expect(agreedText(await stored()).eq(agreedBefore)).toBe(true);

    await sectionScreenshot(ravi.page, FUNDING, "suggesting-suggester");
    await sectionScreenshot(amara.page, FUNDING, "suggesting-owner");
    await expectAccessible(ravi.page, "suggesting, suggester");
    await expectAccessible(amara.page, "suggesting, owner");
  });

  it("takes text composed with an input method (Chinese, say) as a suggestion", async () => {
    const mei = await person("wg5.member");
    await caretTo(mei.page, "end");
    const cdp = await mei.page.context().newCDPSession(mei.page);
    // What an IME does: a composition shown while it is being chosen, then the chosen words committed.
    await cdp.send("Input.imeSetComposition", { text: "zhong", selectionStart: 5, selectionEnd: 5 });
    await cdp.send("Input.imeSetComposition", { text: "中", selectionStart: 1, selectionEnd: 1 });
    await cdp.send("Input.insertText", { text: "中文建议" });
    await cdp.detach();
    const me = (await mei.page.evaluate(() => fetch("/api/me").then((r) => r.json()))).user.id as string;
    await expect
      .poll(async () => {
        const doc = await stored();
        return suggestionRuns(doc)
          .filter((run) => run.author === me)
          .map((run) => doc.textBetween(run.from, run.to))
          .join("|");
      }, POLL)
      .toBe("中文建议");
    expect(await liveText(mei.page, FUNDING)).not.toContain("zhong");
    expect(await mei.page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(0);
  });

  it("previews the text with every suggestion accepted or rejected, and viewing takes no keystroke", async () => {
    const amara = await person("wg1.member");
    const funding = section(amara.page, FUNDING);
    await funding.getByText(/open suggestion/).waitFor();
    // The keyboard learns what the mouse learns on hover: whose suggestion the caret is in.
    await editorOf(amara.page, FUNDING).locator(":scope > p").first().click();
    await amara.page.keyboard.press("Control+Home");
    await funding.locator(".suggestion-at-caret", { hasText: /^Suggested deletion by Ravi Menon \(WG2/ }).waitFor();
    const show = funding.getByLabel("Show");
    await show.selectOption("accepted");
    const preview = funding.getByRole("region", { name: /all suggestions accepted/ });
    await preview.waitFor();
    expect(await preview.innerText()).toContain("A new paragraph from Ravi.");
    expect(await preview.innerText()).not.toContain("\u200B");
    await show.selectOption("original");
    const original = funding.getByRole("region", { name: /original/ });
    await original.waitFor();
    expect(await original.innerText()).not.toContain("Ravi proposes");
    await sectionScreenshot(amara.page, FUNDING, "suggesting-preview-original");
    await expectAccessible(amara.page, "suggestion preview");
    await show.selectOption("shown");

    const ravi = await person("wg2.member");
    const raviSection = section(ravi.page, FUNDING);
    await raviSection.getByRole("radio", { name: "Viewing" }).check();
    const before = await liveText(ravi.page, FUNDING);
    await editorOf(ravi.page, FUNDING).locator(":scope > p").first().click();
    await ravi.page.keyboard.type("ignored", { delay: 5 });
    await ravi.page.waitForTimeout(300);
    expect(await liveText(ravi.page, FUNDING)).toBe(before);
    await screenshot(ravi.page, "suggesting-viewing");
  });

  it("keeps an owner's words their own when typed inside someone's suggestion", async () => {
    const amara = await person("wg1.member");
    const editor = editorOf(amara.page, FUNDING);
    await editor.evaluate((element) => {
      const { editor: e } = element as unknown as { editor: { state: { doc: { descendants(f: (node: { isText: boolean; text?: string }, pos: number) => void): void } }; commands: { setTextSelection(at: number): void; focus(): void } } };
      let at = -1;
      e.state.doc.descendants((node, pos) => {
        if (at < 0 && node.isText && node.text!.includes("proposes")) at = pos + node.text!.indexOf("proposes") + 4;
      });
      e.commands.focus();
      e.commands.setTextSelection(at);
    });
    // Tiptap focuses on the next animation frame: a key pressed before then would go nowhere.
    await expect.poll(() => editor.evaluate((element) => element === document.activeElement), POLL).toBe(true);
    await amara.page.keyboard.type("ZZ", { delay: 10 });
    await expect.poll(async () => (await stored()).textContent, POLL).toContain("propZZoses");
    const doc = await stored();
    const marked = suggestionRuns(doc).map((run) => doc.textBetween(run.from, run.to)).join("|");
    expect(marked).toContain("prop");
    expect(marked).not.toContain("ZZ");
    expect(await amara.page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(0);
  });

  it("lets an owner accept the suggestions in the selected text", async () => {
    const amara = await person("wg1.member");
    const editor = editorOf(amara.page, FUNDING);
    // Select the words Ravi proposed, as a mouse drag would.
    await editor.evaluate((element) => {
      const { editor: e } = element as unknown as { editor: { state: { doc: { textContent: string; descendants(f: (node: { isText: boolean; text?: string }, pos: number) => void): void } }; commands: { setTextSelection(r: { from: number; to: number }): void; focus(): void } } };
      let from = -1;
      e.state.doc.descendants((node, pos) => {
        if (from < 0 && node.isText && node.text!.includes("Ravi prop")) from = pos + node.text!.indexOf("Ravi prop");
      });
      e.commands.focus();
      e.commands.setTextSelection({ from, to: from + "Ravi prop".length });
    });
    await expect.poll(() => editor.evaluate((element) => element === document.activeElement), POLL).toBe(true);
    const group = section(amara.page, FUNDING).getByRole("group", { name: /Suggestions in the selected text/ });
    await group.getByText("1 suggestion in the selection").waitFor();
    await group.getByRole("button", { name: "Accept" }).click();
    await expect
      .poll(async () => {
        const doc = await stored();
        return suggestionRuns(doc).some((run) => doc.textBetween(run.from, run.to).includes("Ravi prop"));
      }, POLL)
      .toBe(false);
    expect((await stored()).textContent).toContain("Ravi propZZoses that.");
    await section(amara.page, FUNDING).getByRole("status").filter({ hasText: "Suggestion accepted." }).waitFor();
  });

  it("shows a chair approving the section which suggestions are open, and settles them as chosen", async () => {
    const nadia = await person("mag.chair");
    const funding = section(nadia.page, FUNDING);
    const agreed = agreedText(await stored());
    const open = new Set(suggestionRuns(await stored()).map((run) => run.id)).size;
    expect(open).toBeGreaterThan(0);
    await funding.getByRole("button", { name: "Approve" }).click();
    const dialog = nadia.page.getByRole("dialog", { name: /^Approve “Sustainable funding/ });
    await dialog.getByText(`Open suggestions: ${open}`).waitFor();
    expect(await dialog.locator(".approval__list li", { hasText: "suggests" }).count()).toBe(open);
    // It starts on what is being approved: nothing decided yet.
    await expect.poll(() => nadia.page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? ""), POLL).toBe("What you are approving");
    await dialog.getByRole("button", { name: "Cancel and decide one by one" }).waitFor();
    await expectAccessible(nadia.page, "approve with open suggestions");
    await screenshot(nadia.page, "suggesting-approve-open");
    await dialog.getByRole("button", { name: /Reject (it|them) and approve/ }).click();
    await dialog.waitFor({ state: "detached" });
    await funding.locator(".status-badge", { hasText: "Approved" }).waitFor();
    await expect.poll(async () => suggestionRuns(await stored()).length, POLL).toBe(0);
    expect((await stored()).eq(agreed)).toBe(true);
  });
});
