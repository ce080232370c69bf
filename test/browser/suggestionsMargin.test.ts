import { describe, expect, it } from "vitest";
import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { Locator, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, editorOf, expectAccessible, liveText, section } from "../helpers/documentPage";
import { deletionMark, editorUpdate, findPhrase as find, insertionMark, sendUpdate, userIdOf } from "../helpers/suggest";

const FUNDING = "Sustainable funding";
const SHOTS = "/tmp/shots";

// Suggestion cards in the margin, as owners and suggesters use them in real Chromium windows against the real
// server. The suggestions are seeded as a suggester's editor writes them, over a plain socket signed in as the
// suggester (the server's guard and gate judge them as they judge a browser's).
describe("suggestion cards beside the text", { timeout: 120_000 }, () => {
  const { server, fx, person } = browserSuite();

  const panel = (page: Page): Locator => section(page, FUNDING).locator(".review-panel");
  const card = (page: Page, name: RegExp): Locator => panel(page).getByRole("article", { name });
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

  async function openPanel(page: Page): Promise<void> {
    const toggle = section(page, FUNDING).getByRole("button", { name: /^Comments and amendments/ });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  }

  async function suggestAs(local: string, change: (doc: ProseMirrorNode, author: string) => Array<{ from: number; to: number; insert?: string; id: string }>) {
    const cookie = await fx().cookie(local);
    const author = await userIdOf(server(), cookie);
    const update = await editorUpdate(server(), fx().documentId, fx().section(FUNDING), (doc, tr) => {
      // From the end backwards, so earlier positions stay where they were.
      for (const edit of change(doc, author).sort((a, b) => b.from - a.from)) {
        if (edit.insert !== undefined) tr.insert(edit.to, doc.type.schema.text(edit.insert, [insertionMark(edit.id, author)]));
        if (edit.from < edit.to) tr.addMark(edit.from, edit.to, deletionMark(edit.id, author));
      }
    });
    await sendUpdate(server(), fx().documentId, cookie, update);
  }

  async function shot(page: Page, name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    await section(page, FUNDING).screenshot({ path: `${SHOTS}/${name}.png` });
  }

  it("shows who suggested what beside the words; the owner accepts, the suggester withdraws and replies, all live", async () => {
    // Ravi (WG2) suggests a replacement and a deletion; Jonas (an observer) an insertion.
    await suggestAs("wg2.member", (doc) => {
      const largely = find(doc, "largely");
      const generous = find(doc, "though generous, ");
      return [
        { ...largely, insert: "mostly", id: "rep-ravi" },
        { ...generous, id: "del-ravi" },
      ];
    });
    await suggestAs("observer", (doc) => {
      const end = find(doc, "potential donors.");
      return [{ from: end.to - 1, to: end.to - 1, insert: " and philanthropic foundations", id: "ins-jonas" }];
    });

    const amara = await person("wg1.member");
    await openPanel(amara.page);
    const replacement = card(amara.page, /^Suggestion by Ravi Menon: Replace “largely” with “mostly”$/);
    await replacement.waitFor();
    await replacement.getByText("WG2 NRI engagement & support").waitFor();
    await expect.poll(() => replacement.locator("time").innerText(), POLL).toMatch(/now|minute/);
    expect(await replacement.locator("time").getAttribute("title")).toMatch(/\d{4}, \d\d:\d\d/);
    const deletion = card(amara.page, /^Suggestion by Ravi Menon: Delete “though generous,”$/);
    await deletion.waitFor();
    const insertion = card(amara.page, /^Suggestion by Jonas Berg \(NRI observer\): Insert “and philanthropic foundations”$/);
    await insertion.waitFor();
    // In the order of the text, and the owner may decide, not withdraw.
    expect(await panel(amara.page).locator(".suggestion-card").evaluateAll((cards) => cards.map((c) => c.id))).toEqual([
      "suggestion-rep-ravi",
      "suggestion-del-ravi",
      "suggestion-ins-jonas",
    ]);
    await replacement.getByRole("button", { name: "Accept suggestion" }).waitFor();
    expect(await replacement.getByRole("button", { name: "Withdraw suggestion" }).count()).toBe(0);
    await expect.poll(() => section(amara.page, FUNDING).getByRole("button", { name: /^Comments and amendments/ }).innerText(), POLL).toMatch(/3 suggestions/);

    // Beside the text at 1280 px, right of it, in order and never overlapping; the card the reader is on sits
    // exactly at the height of its words.
    const box = async (locator: Locator) => (await locator.boundingBox())!;
    const text = await box(section(amara.page, FUNDING).locator(".section__text"));
    const [first, second, third] = [await box(replacement), await box(deletion), await box(insertion)];
    expect(first.x).toBeGreaterThan(text.x + text.width);
    expect(second.y).toBeGreaterThanOrEqual(first.y + first.height);
    expect(third.y).toBeGreaterThanOrEqual(second.y + second.height);
    await insertion.getByRole("button", { name: "Show in text" }).click();
    await expect
      .poll(async () => {
        const words = await box(section(amara.page, FUNDING).locator('[data-suggestion="ins-jonas"]').first());
        return Math.abs((await box(insertion)).y - words.y);
      }, POLL)
      .toBeLessThan(4);
    await expectAccessible(amara.page, "document with suggestion cards");
    await shot(amara.page, "suggestions-1280-owner");

    // Keyboard: from the section's title, Alt+Shift+↓ goes from card to card in the order of the text, and back.
    await section(amara.page, FUNDING).getByRole("heading", { level: 2 }).focus();
    await amara.page.keyboard.press("Alt+Shift+ArrowDown");
    await expect.poll(() => focusedId(amara.page), POLL).toBe("suggestion-rep-ravi");
    await amara.page.keyboard.press("Alt+Shift+ArrowDown");
    await expect.poll(() => focusedId(amara.page), POLL).toBe("suggestion-del-ravi");
    await amara.page.keyboard.press("Alt+Shift+ArrowDown");
    await expect.poll(() => focusedId(amara.page), POLL).toBe("suggestion-ins-jonas");
    await amara.page.keyboard.press("Alt+Shift+ArrowUp");
    await expect.poll(() => focusedId(amara.page), POLL).toBe("suggestion-del-ravi");
    await expect.poll(() => deletion.evaluate((el) => el.classList.contains("suggestion-card--active")), POLL).toBe(true);
    // From the caret in the text: the first suggestion after it; and at the start, nothing before it.
    await editorOf(amara.page, FUNDING).click();
    await amara.page.keyboard.press("Control+Home");
    await amara.page.keyboard.press("Alt+Shift+ArrowUp");
    await amara.page.waitForTimeout(200);
    expect(await amara.page.evaluate(() => document.activeElement?.classList.contains("ProseMirror"))).toBe(true);
    await amara.page.keyboard.press("Alt+Shift+ArrowDown");
    await expect.poll(() => focusedId(amara.page), POLL).toBe("suggestion-rep-ravi");
    await panel(amara.page).getByText(/go to the next and previous comment or suggestion/).waitFor();

    // Accepting changes the text for everyone, at once.
    const ravi = await person("wg2.member");
    await openPanel(ravi.page);
    await replacement.getByRole("button", { name: "Accept suggestion" }).click();
    for (const page of [amara.page, ravi.page]) {
      await expect.poll(() => liveText(page, FUNDING), POLL).toContain("depend mostly on voluntary");
      expect(await liveText(page, FUNDING)).not.toContain("largely");
    }
    await panel(amara.page).getByRole("status").filter({ hasText: "Suggestion accepted." }).waitFor();
    await expect.poll(() => replacement.count(), POLL).toBe(0);
    // The card went with its suggestion: the keyboard is on the next one, not lost at the top of the page.
    await expect.poll(() => focusedId(amara.page), POLL).toBe("suggestion-del-ravi");

    // Ravi withdraws his deletion; he may not accept or reject.
    const own = card(ravi.page, /^Suggestion by Ravi Menon: Delete “though generous,”$/);
    expect(await own.getByRole("button", { name: "Accept suggestion" }).count()).toBe(0);
    await own.getByRole("button", { name: "Withdraw suggestion" }).click();
    await expect.poll(() => deletion.count(), POLL).toBe(0);
    await expect.poll(() => section(amara.page, FUNDING).locator('[data-suggestion="del-ravi"]').count(), POLL).toBe(0);
    expect(await liveText(amara.page, FUNDING)).toContain("though generous, vary");

    // Ravi replies on Jonas's suggestion; Amara sees it on the card and hears it.
    const jonasCard = card(ravi.page, /^Suggestion by Jonas Berg/);
    await jonasCard.getByRole("button", { name: "Reply to this suggestion" }).click();
    const field = jonasCard.getByLabel("Reply to this suggestion");
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await field.fill("Which foundations do we mean?");
    await jonasCard.getByRole("button", { name: "Reply", exact: true }).click();
    await jonasCard.locator(".comment__body", { hasText: "Which foundations do we mean?" }).waitFor();
    await insertion.locator(".comment__body", { hasText: "Which foundations do we mean?" }).waitFor();
    // The form closes once sent; the keyboard goes back to the Reply button.
    await expect.poll(() => ravi.page.evaluate(() => document.activeElement?.textContent ?? ""), POLL).toBe("Reply to this suggestion");
    await expect
      .poll(() => panel(amara.page).locator(".visually-hidden[role=status]").innerText(), { timeout: 10_000, interval: 200 })
      // The section's name is in it once SectionView passes `sectionTitle`.
      .toMatch(/^(In “Sustainable funding”: a|A) new comment by Ravi Menon\.$/);
    // The reply's thread is the card's: not listed again among the comments.
    expect(await panel(amara.page).getByRole("article", { name: /Comment thread started by Ravi Menon/ }).count()).toBe(0);
    await expectAccessible(ravi.page, "suggester's view with a reply");
    await shot(amara.page, "suggestions-1280-after");
  });

  it("decides many at once, by person, and stacks the cards below the text on a narrow screen", async () => {
    await suggestAs("wg2.member", (doc) => [
      { ...find(doc, "regular budget"), insert: "core budget", id: "bulk-ravi-1" },
      { ...find(doc, "clear "), id: "bulk-ravi-2" },
    ]);
    const narrow = await person("wg1.second", { width: 600, height: 900 });
    await openPanel(narrow.page);
    const cards = panel(narrow.page).locator(".suggestion-card");
    await expect.poll(() => cards.count(), POLL).toBe(3);
    // Below the text, one after another.
    const text = (await section(narrow.page, FUNDING).locator(".section__text").boundingBox())!;
    const firstCard = (await cards.first().boundingBox())!;
    expect(firstCard.y).toBeGreaterThan(text.y + text.height - 1);
    await expectAccessible(narrow.page, "narrow document with suggestion cards");
    await shot(narrow.page, "suggestions-600");
    await narrow.page.screenshot({ path: `${SHOTS}/suggestions-600-view.png` });

    // Lucía (WG1) rejects everything Ravi suggested: two, asked once more.
    const bulk = panel(narrow.page).getByRole("group", { name: "Decide on several suggestions" });
    await bulk.getByLabel("Suggestions by").selectOption({ label: "Ravi Menon (2)" });
    await bulk.getByRole("button", { name: "Reject 2 suggestions by Ravi Menon" }).click();
    await bulk.getByText("Reject 2 suggestions by Ravi Menon?").waitFor();
    await bulk.getByRole("button", { name: "Reject 2", exact: true }).click();
    await panel(narrow.page).getByRole("status").filter({ hasText: "2 suggestions rejected." }).waitFor();
    await expect.poll(() => cards.count(), POLL).toBe(1);
    expect(await liveText(narrow.page, FUNDING)).not.toContain("core budget");
    expect(await liveText(narrow.page, FUNDING)).toContain("regular budget");
  });
});
