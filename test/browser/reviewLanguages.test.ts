import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, expectAccessible, section } from "../helpers/documentPage";
import { createClient } from "../helpers/http";
import { anchorIn } from "../helpers/anchors";

// The review of a section in Arabic and Chinese: the panel with a thread and an amendment, and the chair's approval
// dialog, at 1440 and 390 px. The words come from the catalogues (Arabic laid out right to left), nothing reaches
// past the window's sides, and axe finds nothing.

const INTERSESSIONAL = "Intersessional work";
const SHOTS = join("test-results", "screenshots", "review-languages");

const WORDS = {
  ar: { dir: "rtl", toggle: "التعليقات والتعديلات", approve: "موافقة", facts: "ما توافق عليه", count: "تعليق مفتوح واحد", amendment: /تعديل مقترح من Ravi Menon، مفتوح/, cancel: "إلغاء" },
  zh: { dir: "ltr", toggle: "评论和修正", approve: "核准", facts: "您正在核准的内容", count: "1 条未解决的评论", amendment: /Ravi Menon提出的修正，待决定/, cancel: "取消" },
} as const;

/** Visible elements of the page reaching past the window's sides (the visually-hidden 1px texts left out). */
function outside(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    if (document.documentElement.scrollWidth > width) found.push(`page ${document.documentElement.scrollWidth}px wide in ${width}px`);
    for (const element of document.querySelectorAll<HTMLElement>(".review-panel *, dialog *")) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1 || getComputedStyle(element).visibility === "hidden") continue;
      if (box.left < -0.5 || box.right > width + 0.5) found.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
    return found;
  });
}

async function shot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

describe("the review panel and the approval dialog in Arabic and Chinese", { timeout: 120_000 }, () => {
  const { server, fx, person } = browserSuite();

  it("seeds a thread, an amendment and a section in review, then shows them to a chair in each language", async () => {
    const documentId = fx().documentId;
    const sectionId = fx().section(INTERSESSIONAL);
    const member = createClient(server().url);
    member.setCookie(await fx().cookie("wg3.member"));
    expect((await member.post(`/api/documents/${documentId}/sections/${sectionId}/transitions`, { to: "in_review" })).status).toBe(200);
    const observer = createClient(server().url);
    observer.setCookie(await fx().cookie("observer"));
    const quoted = await anchorIn(server(), documentId, sectionId, 4, 18);
    expect((await observer.post(`/api/documents/${documentId}/threads`, { sectionId, anchor: quoted.anchor, quote: quoted.text, body: "Is this agreed wording?" })).status).toBe(201);
    const ravi = createClient(server().url);
    ravi.setCookie(await fx().cookie("wg2.member"));
    const changed = await anchorIn(server(), documentId, sectionId, 20, 32);
    const proposed = { sectionId, anchor: changed.anchor, originalText: changed.text, proposedText: `${changed.text} (revised)`, reason: "Clearer." };
    expect((await ravi.post(`/api/documents/${documentId}/amendments`, proposed)).status).toBe(201);

    const { page } = await person("mag.chair", { width: 1440, height: 900 });
    for (const locale of ["ar", "zh"] as const) {
      const words = WORDS[locale];
      // The device's choice, as the language menu keeps it.
      await page.evaluate((chosen) => window.localStorage.setItem("penholder.locale", chosen), locale);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.reload();
      // Online, in whichever language it says so.
      await page.locator(".connection--online").waitFor();
      await page.locator(".ProseMirror").first().waitFor();
      expect(await page.evaluate(() => document.documentElement.dir)).toBe(words.dir);

      const view = section(page, INTERSESSIONAL);
      const toggle = view.getByRole("button", { name: new RegExp(`^${words.toggle}`) });
      await expect.poll(() => toggle.innerText(), POLL).toContain(words.count);
      if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
      await view.getByRole("article", { name: words.amendment }).waitFor();
      for (const [width, height] of [
        [1440, 900],
        [390, 844],
      ] as const) {
        await page.setViewportSize({ width, height });
        await view.locator(".review-panel").scrollIntoViewIfNeeded();
        expect(await outside(page), `${locale} panel at ${width}`).toEqual([]);
        await shot(page, `panel-${locale}-${width}`);

        await view.getByRole("button", { name: words.approve, exact: true }).click();
        const dialog = page.getByRole("dialog");
        await dialog.getByRole("region", { name: words.facts }).waitFor();
        await dialog.getByText("Is this agreed wording?").waitFor();
        expect(await outside(page), `${locale} dialog at ${width}`).toEqual([]);
        await shot(page, `approve-${locale}-${width}`);
        // And its end: the open threads and who is in the section now.
        await dialog.getByRole("region", { name: words.facts }).evaluate((region) => region.scrollTo(0, region.scrollHeight));
        await shot(page, `approve-${locale}-${width}-end`);
        await expectAccessible(page, `approval dialog, ${locale}, ${width}`);
        await dialog.getByRole("button", { name: words.cancel, exact: true }).click();
        await dialog.waitFor({ state: "detached" });
      }
      await expectAccessible(page, `review panel, ${locale}`);
    }
  });
});
