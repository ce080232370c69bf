import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { tabTo } from "../helpers/browser";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, editorOf, expectAccessible, focusedName, liveText, savedSection, sectionScreenshot } from "../helpers/documentPage";

const FUNDING = "Sustainable funding";
const TEXT_OF_FUNDING = `Text of “${FUNDING}”`;

// A member opens the paper, goes to their own section through the Contents list and starts writing there, with
// the mouse or with the keyboard alone. Whatever they type first must reach the editor and the server: the page
// may not take the focus back to the section's heading once they are in the text.
describe("the Contents list leads into a section one can write in at once", () => {
  const { server, fx, person } = browserSuite();

  /** Where the presence list says the person is: "reading", or in a section with their caret. */
  const whereIAm = (page: Page, where: string) =>
    expect.poll(() => page.getByRole("region", { name: /Here now/ }).innerText(), POLL).toMatch(new RegExp(`\\(you\\)\\s*${where}`));
  const hereInFunding = (page: Page) => whereIAm(page, `in “${FUNDING}”`);

  const contentsLink = (page: Page) => page.getByRole("navigation", { name: "Contents" }).getByRole("link", { name: new RegExp(FUNDING) });

  const serverText = () => savedSection(server().url, fx().documentId, fx().section(FUNDING));

  it("types into the section after following a Contents link and clicking into the text", async () => {
    const { page } = await person("wg1.member");
    await contentsLink(page).click();
    await page.waitForURL(new RegExp(`#section-${fx().section(FUNDING)}$`));
    await page.screenshot({ path: join("test-results", "screenshots", "contents-link-followed.png") });

    // Click into the section's last paragraph, go to its end and type straight away, as people do.
    await editorOf(page, FUNDING).locator(":scope > p").last().click();
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" First words after the Contents link.");

    await expect.poll(() => liveText(page, FUNDING), POLL).toContain("First words after the Contents link.");
    expect(await focusedName(page)).toBe(TEXT_OF_FUNDING);
    await hereInFunding(page);
    await expect.poll(serverText, POLL).toContain("First words after the Contents link.");
    await sectionScreenshot(page, FUNDING, "contents-link-typed");
  });

  it("lets a keyboard user follow a Contents link and start typing in the section", async () => {
    const { page } = await person("wg1.member");
    await page.goto(`${server().url}/documents/${fx().documentId}`);
    await page.locator(".connection", { hasText: "Online" }).waitFor();
    // The window's previous page has left (its caret with it): nothing else is about to change on the page.
    await whereIAm(page, "reading");
    // The Contents link, not the one to "your section" before it (that one goes straight into the text).
    await tabTo(page, (el) => el.tag === "a" && (el.href ?? "").startsWith("#section-") && el.text.includes(FUNDING) && !el.text.includes("your section"));
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`#section-${fx().section(FUNDING)}$`));
    // The section is where the keyboard now is: its heading, for screen readers to read out where they landed.
    await expect.poll(() => focusedName(page), POLL).toMatch(new RegExp(`^\\d+\\.\\s+${FUNDING}$`));
    await page.screenshot({ path: join("test-results", "screenshots", "contents-link-keyboard-heading.png") });
    await expectAccessible(page, "document after a Contents link");

    // Tab on into the section's text, as a keyboard user does: every press moves on, none is undone.
    const stops: (string | null)[] = [];
    while (stops.at(-1) !== TEXT_OF_FUNDING && stops.length < 10) {
      await page.keyboard.press("Tab");
      stops.push(await focusedName(page));
    }
    expect(stops.at(-1)).toBe(TEXT_OF_FUNDING);
    expect(stops.filter((name) => name?.endsWith(FUNDING))).toEqual([]);
    await hereInFunding(page);
    expect(await focusedName(page)).toBe(TEXT_OF_FUNDING);
    await page.keyboard.press("Control+End");
    await page.keyboard.type(" Typed by keyboard after the Contents link.");

    await expect.poll(() => liveText(page, FUNDING), POLL).toContain("Typed by keyboard after the Contents link.");
    expect(await focusedName(page)).toBe(TEXT_OF_FUNDING);
    await expect.poll(serverText, POLL).toContain("Typed by keyboard after the Contents link.");
    await sectionScreenshot(page, FUNDING, "contents-link-keyboard-typed");
  });
});
