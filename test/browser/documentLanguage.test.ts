import { describe, expect, it } from "vitest";
import type { Locator } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite";
import { appendParagraph } from "../fixtures/golden";
import { POLL, caretToEnd, editorOf, expectAccessible, section, sectionScreenshot } from "../helpers/documentPage";

const FUNDING = "Sustainable funding";
const ARABIC = "ينبغي أن يكون تمويل المنتدى مستداما ويمكن التنبؤ به.";
const ENGLISH = "Funding should be predictable across cycles.";
const RUSSIAN_WORD = "The Forum (Форум) stays open.";

/** How far the first line of a block's text stays from the block's left and right edges, in pixels. */
const firstLineGaps = (element: Locator) =>
  element.evaluate((node) => {
    const range = document.createRange();
    range.selectNodeContents(node);
    const line = range.getClientRects()[0]!;
    const box = node.getBoundingClientRect();
    return { left: line.left - box.left, right: box.right - line.right };
  });

/** The direction the browser lays an element out in (dir="auto" resolved), and the attribute itself. */
const direction = (element: Locator) => element.evaluate((node) => ({ dir: node.getAttribute("dir"), computed: getComputedStyle(node).direction }));

// A section in Arabic inside an English paper: a chair sets its language in the outline manager (keyboard and
// labels), and a member who has the paper open sees its text turn right to left at once, with an English paragraph
// inside it still reading left to right.
describe("document and section languages in the browser", { timeout: 90_000 }, () => {
  const { server, fx, person } = browserSuite({ server: { collab: { flushWindowMs: 5 } } });

  it("a chair sets a section to Arabic; the member's editor gets lang=ar and dir=rtl, an English paragraph stays LTR", async () => {
    const sectionId = fx().section(FUNDING);
    await appendParagraph(server(), fx().documentId, sectionId, ARABIC);
    await appendParagraph(server(), fx().documentId, sectionId, ENGLISH);
    await appendParagraph(server(), fx().documentId, sectionId, RUSSIAN_WORD);

    const member = (await person("wg1.member")).page;
    await caretToEnd(member, FUNDING);
    const editor = editorOf(member, FUNDING);
    expect(await editor.getAttribute("lang")).toBe("en");
    expect(await editor.getAttribute("dir")).toBe("ltr");
    // Passages in another script than the section's language are marked for screen readers: the Arabic paragraph
    // and the Russian word inside an English one.
    const passages = () => editor.locator("span[lang]").evaluateAll((spans) => spans.map((span) => [span.getAttribute("lang"), span.textContent]));
    await expect.poll(passages, POLL).toEqual([
      ["ar", ARABIC],
      ["ru", "Форум) "],
    ]);

    const chair = (await person("mag.chair")).page;
    await chair.getByText("Manage outline").click();
    const row = chair.getByRole("form", { name: `Details of “${FUNDING}”` });
    const language = row.getByLabel("Language", { exact: true });
    await language.focus();
    await language.selectOption("ar");
    // To the row's Save button with the keyboard: Tab from the language field.
    await chair.keyboard.press("Tab");
    expect(await chair.evaluate(() => document.activeElement?.textContent)).toContain("Save");
    await chair.keyboard.press("Enter");

    // Live: the member's editor takes the language and direction without reloading.
    await expect.poll(() => editor.getAttribute("lang"), POLL).toBe("ar");
    // The chair's row shows the section's language from the live outline.
    await expect.poll(() => row.getByLabel("Language", { exact: true }).inputValue(), POLL).toBe("ar");
    await expectAccessible(chair, "outline manager with section languages");
    expect(await editor.getAttribute("dir")).toBe("rtl");
    const arabic = editor.locator("p", { hasText: ARABIC });
    const english = editor.locator("p", { hasText: ENGLISH });
    expect(await direction(arabic)).toEqual({ dir: "auto", computed: "rtl" });
    expect(await direction(english)).toEqual({ dir: "auto", computed: "ltr" });
    // Now the Arabic is the section's own language: only the Russian word is marked.
    await expect.poll(passages, POLL).toEqual([["ru", "Форум) "]]);
    // Where each one's first line starts: the English one at the left edge of the text, the Arabic one at the right.
    expect((await firstLineGaps(english)).left).toBeLessThan(2);
    expect((await firstLineGaps(english)).right).toBeGreaterThan(20);
    expect((await firstLineGaps(arabic)).right).toBeLessThan(2);
    expect((await firstLineGaps(arabic)).left).toBeGreaterThan(20);
    // The section's title is marked as Arabic too.
    expect(await section(member, FUNDING).locator("h2 [lang]").getAttribute("lang")).toBe("ar");

    await expectAccessible(member, "an Arabic section with an English paragraph");
    await sectionScreenshot(member, FUNDING, "document-language-arabic-section");
  });

  it("the document's language reaches every section without one of its own", async () => {
    const chair = (await person("mag.chair")).page;
    const form = chair.getByRole("form", { name: "Document language" });
    await form.getByLabel("Document language").selectOption("fr");
    await form.getByRole("button", { name: /Save/ }).press("Enter");
    await form.getByRole("status").filter({ hasText: "The document is now in French." }).waitFor();

    const member = (await person("wg1.member")).page;
    await expect.poll(() => member.locator("h1 > [lang]").getAttribute("lang"), POLL).toBe("fr");
    // The Arabic section keeps its own language; a section without one (read-only text here) is French now.
    expect(await editorOf(member, FUNDING).getAttribute("lang")).toBe("ar");
    const others = member.locator("section.section [lang='fr'][dir='ltr']");
    await expect.poll(() => others.count(), POLL).toBeGreaterThan(0);
  });
});
