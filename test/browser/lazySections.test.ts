import { beforeAll, describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite";
import { DEMO_PASSWORD, demoEmail } from "../../server/seed/demo";
import { DESKTOP, POLL, expectAccessible } from "../helpers/documentPage";
import { createLongPaper, longPaperSectionTitle, words } from "../../bench/longPaper";
import { sectionRootName } from "../../shared/collab/protocol";

// A long paper mounts its sections' editors as they come near the viewport (client/src/features/documents/
// sectionMounter.ts); until then each section's live text is drawn as plain HTML. The text must be all there from
// the start (find-in-page, screen readers), stay live, and become an editor where the reader goes.

const SHAPE = { sections: 30, paragraphs: 10, footnotes: true };
/** Owned by wg1 (the long paper's owners go round wg1 … strategy) and far down the page. */
const FAR = 24;
const FAR_TITLE = longPaperSectionTitle(FAR);
/** Two numbered notes per section at 10 paragraphs: the far section's first is the paper's 2 × FAR + 1st. */
const FIRST_NOTE_OF_FAR = String(2 * FAR + 1);

describe("a long paper mounts its editors as the reader reaches its sections", () => {
  const { server, browser } = browserSuite();
  let documentId = "";
  let farSectionId = "";

  beforeAll(async () => {
    documentId = await createLongPaper(server(), "A long paper", SHAPE);
    const sections = await server().store.documents.sections([documentId]);
    farSectionId = sections[FAR]!.id;
    expect(sections[FAR]!.title).toBe(FAR_TITLE);
  });

  const open = async (local: string, hash = "", viewport = DESKTOP): Promise<Page> => {
    const context = await browser().newContext({ viewport, bypassCSP: true });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(`${server().url}/login?next=${encodeURIComponent(`/documents/${documentId}${hash}`)}`);
    await page.getByLabel("Email address").fill(demoEmail(local));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "A long paper", level: 1 }).waitFor();
    await page.locator(".connection", { hasText: "Online" }).waitFor();
    return page;
  };
  const far = (page: Page): Locator => page.locator(`#section-${farSectionId}`);
  const farEditor = (page: Page) => far(page).locator(".ProseMirror");
  const farStatic = (page: Page) => far(page).locator("[data-static-text]");

  it("shows a far section's text without an editor, keeps it live, and makes it an editor when scrolled to; edits there reach others", async () => {
    const writer = await open("wg1.member");
    const reader = await open("wg1.second");
    for (const page of [writer, reader]) {
      // The first section is an editor at once; the far one is its text only, all of it, notes numbered through the paper.
      await page.locator("section.section").first().locator('.ProseMirror[contenteditable="true"]').waitFor();
      await expect.poll(() => farStatic(page).innerText(), POLL).toContain(words(FAR * 1000 + 1, 80));
      expect(await farEditor(page).count()).toBe(0);
      expect(await farStatic(page).locator(".footnote-ref").first().innerText()).toBe(FIRST_NOTE_OF_FAR);
      expect(await farStatic(page).locator("h3").innerText()).toBe(words(FAR * 1000, 5).slice(0, -1));
    }
    await expectAccessible(writer, "long paper with sections not yet mounted");

    await far(writer).scrollIntoViewIfNeeded();
    const editor = far(writer).locator('.ProseMirror[contenteditable="true"]');
    await editor.waitFor();
    expect(await farStatic(writer).count()).toBe(0);
    // The editor numbers the notes as the static text did.
    expect(await editor.locator(".footnote-ref").first().innerText()).toBe(FIRST_NOTE_OF_FAR);
    await editor.locator(":scope > p").last().click();
    await writer.keyboard.press("Control+End");
    await writer.keyboard.type(" Written far down the paper.");

    // The reader has not scrolled there: the text arrives in the section's static text, and on the server.
    await expect.poll(() => farStatic(reader).innerText(), POLL).toContain("Written far down the paper.");
    // A word in another script than the section's language is marked there as the editor marks it.
    await writer.keyboard.type(" The Forum (Форум) stays open.");
    await expect.poll(() => farStatic(reader).locator("span[lang]").evaluateAll((spans) => spans.map((span) => [span.getAttribute("lang"), span.textContent])), POLL).toEqual([["ru", "Форум) "]]);
    expect(await farEditor(reader).count()).toBe(0);
    await expect
      .poll(async () => {
        const room = await server().deps.rooms.get(documentId);
        return room.doc.getXmlFragment(sectionRootName(farSectionId)).toString();
      }, POLL)
      .toContain("Written far down the paper.");
    // And in the reader's editor once they scroll there.
    await far(reader).scrollIntoViewIfNeeded();
    await expect.poll(() => farEditor(reader).innerText(), POLL).toContain("Written far down the paper.");
    await writer.context().close();
    await reader.context().close();
  });

  it("lands a deep link to a far section on its heading, with its editor mounted", async () => {
    const page = await open("wg1.member", `#section-${farSectionId}`);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe(`section-${farSectionId}-title`);
    await far(page).locator('.ProseMirror[contenteditable="true"]').waitFor();
    const box = await far(page).boundingBox();
    expect(box && box.y < DESKTOP.height && box.y + box.height > 0).toBe(true);
    // The keyboard goes on from the heading into the section, not back to the top of the page.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("section.section")?.id)).toBe(`section-${farSectionId}`);
    await page.screenshot({ path: join("test-results", "screenshots", "lazy-sections-deep-link-1440.png") });
    await page.context().close();
  });

  it("draws unmounted sections at phone width too, and mounts them there as well", async () => {
    const page = await open("observer", "", { width: 390, height: 844 });
    await expect.poll(() => farStatic(page).innerText(), POLL).toContain(words(FAR * 1000 + 1, 80));
    await far(page).scrollIntoViewIfNeeded();
    await farEditor(page).waitFor();
    await page.screenshot({ path: join("test-results", "screenshots", "lazy-sections-far-390.png") });
    await expectAccessible(page, "long paper at phone width");
    await page.context().close();
  });
});
