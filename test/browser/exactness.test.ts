import { describe, expect, it } from "vitest";
import * as Y from "yjs";
import type { Locator, Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { browserSuite } from "../helpers/browserSuite";
import { clientsByAccount } from "../helpers/http";
import { connectProvider, eventually, typeParagraph } from "../helpers/collab";
import { anchorIn } from "../helpers/anchors";
import { tabTo } from "../helpers/browser";
import { POLL, editorOf, expectAccessible, liveText, section } from "../helpers/documentPage";
import { deletionMark, editorUpdate, findPhrase as find, insertionMark, sendUpdate, userIdOf } from "../helpers/suggest";
import { autoVersioning } from "../../server/services/versions";

const FUNDING = "Sustainable funding";
const INSERTED = "Exactness marker sentence";
const SHOTS = "/tmp/shots";
/** A date as every page writes it: "5 Dec 2026, 10:15". */
const ONE_FORMAT = /\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}/;

// Issue "Exact and fair", as people meet it in Chromium against the real server and the built client: versions
// open on a comparison that shows something, dates read one way, cards show which words change, "@wg3" + Enter
// mentions the group, and the lifecycle offers only the moves the server allows.
describe("exact and fair in the browser", { timeout: 120_000 }, () => {
  const { server, fx, person, newContext } = browserSuite();
  const client = clientsByAccount(() => server().url);

  /** A window signed in as `local` at `path`, `width` pixels wide. */
  async function open(local: string, path: string, width = 1280): Promise<Page> {
    const context = await newContext({ viewport: { width, height: 900 } });
    const [name, value] = (await fx().cookie(local)).split("=");
    await context.addCookies([{ name: name!, value: value!, url: server().url }]);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(`${server().url}${path}`);
    return page;
  }

  async function shot(page: Page | Locator, name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, ...("goto" in page ? { fullPage: true } : {}) });
  }

  const versionsPath = () => `/documents/${fx().documentId}/versions`;
  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");
  /** The words of an element as they are seen, without what is said only to screen readers. */
  const seenText = (locator: Locator) =>
    locator.evaluate((element) => {
      const copy = element.cloneNode(true) as HTMLElement;
      for (const hidden of copy.querySelectorAll(".visually-hidden")) hidden.remove();
      return (copy.textContent ?? "").trim();
    });

  it("opens the versions page on the last change saved, keeps the comparison in the address, and writes every date one way", async () => {
    const member = await client("wg1.member");
    expect((await member.post(`/api/documents/${fx().documentId}/versions`, { label: "Before the edit" })).status).toBe(201);

    // One version only: it is compared with the text now, and the page says so.
    const page = await open("wg1.member", versionsPath());
    const diff = page.locator(".diff");
    await diff.getByRole("heading", { name: /^Changes from “Before the edit” \(.+\) to now$/ }).waitFor();
    await diff.getByText("Only one version is saved so far, so it is compared with the text as it is now.").waitFor();
    // Opening the page leaves the keyboard at its start.
    expect(await focusedId(page)).not.toBe("diff-heading");

    // An edit, then an automatic version as the server names it ("Automatic, 2026-12-05 10:15 UTC").
    const provider = connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId);
    try {
      await provider.synced;
      typeParagraph(provider.doc, fx().section(FUNDING), INSERTED);
      await eventually(
        () => server().deps.rooms.withRoom(fx().documentId, async (room) => (await room.whenFlushed(), room.doc.getXmlFragment(`section:${fx().section(FUNDING)}`).toString().includes(INSERTED))),
        "the edit reached the server",
        10_000,
      );
    } finally {
      provider.destroy();
    }
    const state = await server().deps.rooms.withRoom(fx().documentId, async (room) => Y.encodeStateAsUpdate(room.doc));
    await autoVersioning(server().store, server().deps.clock, 0).save(fx().documentId, state);
    const versions = (await member.get(`/api/documents/${fx().documentId}/versions`)).body.versions as { id: string; label: string }[];
    expect(versions[0]!.label).toMatch(/^Automatic, \d{4}-\d\d-\d\d \d\d:\d\d UTC$/);

    // Opened again: the version before the latest against the latest, which shows the edit.
    await page.reload();
    await diff.getByRole("heading", { name: /^Changes from “Before the edit” \(.+\) to “Automatic, .+”$/ }).waitFor();
    await diff.locator("ins.diff__ins", { hasText: INSERTED }).waitFor();
    await diff.getByText(/The last change saved/).waitFor();
    // Every date in one format: the automatic version's name, the table, the choices; no ISO date anywhere.
    const automaticRow = page.getByRole("row", { name: /^Automatic, / });
    expect(await automaticRow.locator("th").innerText()).toMatch(new RegExp(`^Automatic, ${ONE_FORMAT.source}$`));
    expect(await automaticRow.locator("time").innerText()).toMatch(ONE_FORMAT);
    expect(await page.getByLabel("Newer text").locator("option:checked").innerText()).toMatch(new RegExp(`^Automatic, ${ONE_FORMAT.source}$`));
    expect(await page.locator("main").innerText()).not.toMatch(/\d{4}-\d\d-\d\d|UTC/);
    await expectAccessible(page, "versions page opened on the last change");
    await shot(page, "exact-versions-1280");

    // By keyboard: choose "Before the edit" against now, and Compare. The result takes the keyboard, and the
    // address carries the choice.
    await page.getByLabel("Newer text").focus();
    await page.getByLabel("Newer text").selectOption("current");
    await tabTo(page, (el) => el.tag === "button" && el.text === "Compare", 5);
    await page.keyboard.press("Enter");
    await diff.getByRole("heading", { name: /^Changes from “Before the edit” \(.+\) to now$/ }).waitFor();
    await expect.poll(() => focusedId(page), POLL).toBe("diff-heading");
    const shared = new URL(page.url());
    expect(shared.searchParams.get("from")).toBe(versions[1]!.id);
    expect(shared.searchParams.get("to")).toBe("current");

    // The address, opened by someone else, shows the same comparison.
    const reader = await open("observer", `${shared.pathname}${shared.search}`, 390);
    await reader.locator(".diff").getByRole("heading", { name: /^Changes from “Before the edit” \(.+\) to now$/ }).waitFor();
    expect(await reader.getByLabel("Older text").inputValue()).toBe(versions[1]!.id);
    expect(await reader.getByLabel("Newer text").inputValue()).toBe("current");
    // Observers compare; they neither name nor restore versions (the server refuses both to them).
    expect(await reader.getByLabel("Version name").count()).toBe(0);
    expect(await reader.getByRole("button", { name: /Restore/ }).count()).toBe(0);
    await expectAccessible(reader, "versions page from a shared address, on a phone");
    await shot(reader, "exact-versions-390");

    // An address naming a version that is not there says so, and shows the last change instead.
    await reader.goto(`${server().url}${versionsPath()}?from=nothing-here&to=current`);
    await reader.getByRole("alert").filter({ hasText: "That comparison is not available" }).waitFor();
    await reader.locator(".diff").getByRole("heading", { name: /to “Automatic, / }).waitFor();
  });

  it("shows a replacement in amendment and suggestion cards word by word, not the whole phrase struck and written again", async () => {
    const sectionId = fx().section(FUNDING);
    // Ravi (WG2) proposes an amendment changing one word of a phrase...
    const { anchor, text } = await anchorIn(server(), fx().documentId, sectionId, 0, "The IGF continues to depend".length);
    expect(text).toBe("The IGF continues to depend");
    const proposed = "The IGF continues to rely";
    expect((await (await client("wg2.member")).post(`/api/documents/${fx().documentId}/amendments`, { sectionId, anchor, originalText: text, proposedText: proposed })).status).toBe(201);
    // ...and the observer suggests replacing a phrase by one that differs in one word.
    const cookie = await fx().cookie("observer");
    const author = await userIdOf(server(), cookie);
    const update = await editorUpdate(server(), fx().documentId, sectionId, (doc, tr) => {
      const phrase = find(doc, "from a relatively small number of donors");
      tr.insert(phrase.to, doc.type.schema.text("from a relatively small group of donors", [insertionMark("rep-exact", author)]));
      tr.addMark(phrase.from, phrase.to, deletionMark("rep-exact", author));
    });
    await sendUpdate(server(), fx().documentId, cookie, update);

    const amara = await person("wg1.member");
    const funding = section(amara.page, FUNDING);
    const toggle = funding.getByRole("button", { name: /^Comments and amendments/ });
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();

    const amendment = funding.getByRole("article", { name: /Amendment proposed by Ravi Menon, open/ });
    await amendment.waitFor();
    const amendmentChange = amendment.locator(".amendment__change");
    expect(await seenText(amendmentChange.locator("del"))).toBe("depend");
    expect(await seenText(amendmentChange.locator("ins"))).toBe("rely");
    expect(await amendmentChange.innerText()).toMatch(/The IGF continues to/);

    const suggestion = funding.getByRole("article", { name: /^Suggestion by Jonas Berg \(NRI observer\): Replace “from a relatively small number of donors” with/ });
    await suggestion.waitFor();
    const change = suggestion.locator(".suggestion-card__what");
    expect(await seenText(change.locator("del"))).toBe("number");
    expect(await seenText(change.locator("ins"))).toBe("group");
    // Said in words to screen readers too, never by colour alone.
    expect(await change.locator("del .visually-hidden").first().textContent()).toBe("deleted: ");
    await expectAccessible(amara.page, "word-level cards");
    await shot(funding, "exact-cards-1280");

    // By keyboard: from the section's title to the suggestion's card, then Accept; the text has the new word.
    await funding.getByRole("heading", { level: 2 }).focus();
    // Card to card in the order of the text: the amendment at its start comes first.
    for (let press = 0; press < 4 && (await focusedId(amara.page)) !== "suggestion-rep-exact"; press++) {
      const before = await focusedId(amara.page);
      await amara.page.keyboard.press("Alt+Shift+ArrowDown");
      await expect.poll(() => focusedId(amara.page), POLL).not.toBe(before);
    }
    expect(await focusedId(amara.page)).toBe("suggestion-rep-exact");
    await tabTo(amara.page, (el) => el.tag === "button" && el.text.startsWith("Accept"), 5);
    await amara.page.keyboard.press("Enter");
    await expect.poll(() => liveText(amara.page, FUNDING), POLL).toContain("from a relatively small group of donors");
  });

  it("mentions the group when @wg3 is typed and Enter pressed; arrows move through the list, Escape closes it", async () => {
    const sectionId = fx().section(FUNDING);
    const { anchor, text } = await anchorIn(server(), fx().documentId, sectionId, 0, 7);
    expect((await (await client("observer")).post(`/api/documents/${fx().documentId}/threads`, { sectionId, anchor, quote: text, body: "Who owns this?" })).status).toBe(201);

    // A fresh window (narrower than where the margin opens by itself): the people and groups have not been loaded
    // yet when the typing starts.
    const page = await open("wg1.member", `/documents/${fx().documentId}`, 1100);
    const funding = section(page, FUNDING);
    const toggle = funding.getByRole("button", { name: /^Comments and amendments/ });
    // Ready once the thread has come with the live document (the count said 0 before) and the section has its
    // editor: until then the page still grows around the toggle (the mode switch, the editing toolbar).
    await expect.poll(() => toggle.innerText(), POLL).toMatch(/[1-9]\d* open comments?/);
    await editorOf(page, FUNDING).waitFor();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-expanded"), POLL).toBe("true");
    const thread = funding.getByRole("article", { name: /Comment thread started by Jonas Berg/ }).filter({ hasText: "Who owns this?" });
    const field = thread.getByLabel("Reply");
    await field.focus();
    // Typed fast and Enter at once: the group, not a new line, and not the first person in it.
    await field.pressSequentially("Over to @wg3");
    await field.press("Enter");
    await expect.poll(() => field.inputValue(), POLL).toBe("Over to @WG3 Intersessional work model review ");

    // The list as a combobox's: options named, the active one announced through aria-activedescendant.
    await field.pressSequentially("and @wg");
    const list = funding.getByRole("listbox", { name: "People and groups to mention" });
    await list.waitFor();
    const activeId = () => field.getAttribute("aria-activedescendant");
    const first = await activeId();
    expect(await list.getByRole("option").first().getAttribute("id")).toBe(first);
    expect(await field.getAttribute("aria-controls")).toBe(await list.getAttribute("id"));
    await expectAccessible(page, "mention list open");
    await shot(funding, "exact-mentions-1280");
    await field.press("ArrowDown");
    await expect.poll(activeId, POLL).not.toBe(first);
    expect(await list.locator(`[id="${await activeId()}"]`).getAttribute("aria-selected")).toBe("true");
    await field.press("ArrowUp");
    await expect.poll(activeId, POLL).toBe(first);
    // Escape closes the list only: the reply and its text stay.
    await field.press("Escape");
    await list.waitFor({ state: "detached" });
    expect(await field.inputValue()).toBe("Over to @WG3 Intersessional work model review and @wg");
    expect(await field.evaluate((el) => el === document.activeElement)).toBe(true);

    // Sent with Ctrl+Enter: the mention is the group's.
    await field.fill("Over to @WG3 Intersessional work model review ");
    await field.press("Control+Enter");
    await thread.locator(".mention", { hasText: "@WG3 Intersessional work model review" }).waitFor();
  });

  it("offers each person only what the server allows: no Submit for review for the secretariat on a section it does not own, Delete but not Edit on someone's comment", async () => {
    const NRI = "National, Regional and Youth IGF initiatives";
    const secretariat = await person("secretariat");
    const nri = section(secretariat.page, NRI);
    await nri.locator(".lifecycle__last").waitFor({ state: "attached" });
    // Not on this draft, nor "Back to draft" on the sections in review: the secretariat is in no group.
    expect(await nri.getByRole("button", { name: /Submit for review/ }).count()).toBe(0);
    expect(await secretariat.page.getByRole("button", { name: /Submit for review|Back to draft/ }).count()).toBe(0);
    // The server says the same.
    const refused = await (await client("secretariat")).post(`/api/documents/${fx().documentId}/sections/${fx().section(NRI)}/transitions`, { to: "in_review" });
    expect(refused.status).toBe(403);
    expect(refused.body.error.message).toMatch(/owning group, or a chair/);
    await expectAccessible(secretariat.page, "document as the secretariat");

    // The secretariat moderates: it may delete someone's comment (not edit it), and the page offers just that.
    const moderator = await open("secretariat", `/documents/${fx().documentId}`, 1100);
    const funding = section(moderator, FUNDING);
    const toggle = funding.getByRole("button", { name: /^Comments and amendments/ });
    // Ready once the thread has come with the live document (the count said 0 before) and the section has its
    // editor: until then the page still grows around the toggle (the mode switch, the editing toolbar).
    await expect.poll(() => toggle.innerText(), POLL).toMatch(/[1-9]\d* open comments?/);
    await editorOf(moderator, FUNDING).waitFor();
    await toggle.click();
    await expect.poll(() => toggle.getAttribute("aria-expanded"), POLL).toBe("true");
    const comment = funding.locator(".comment", { hasText: "Who owns this?" });
    await comment.waitFor();
    expect(await comment.getByRole("button", { name: /Edit/ }).count()).toBe(0);
    await comment.getByRole("button", { name: "Delete Jonas Berg (NRI observer)’s comment" }).focus();
    await moderator.keyboard.press("Enter");
    await comment.getByText(/^Delete Jonas Berg \(NRI observer\)’s comment\?/).waitFor();
    await moderator.keyboard.press("Enter");
    await funding.locator(".comment--deleted").getByText("Comment deleted.").waitFor();
    await expectAccessible(moderator, "a comment deleted by the secretariat");

    // Its owners have it, by keyboard, and it works.
    const ravi = await person("wg2.member");
    const own = section(ravi.page, NRI);
    await own.getByRole("heading", { level: 2 }).focus();
    // The section's controls are one Tab stop (its mode first); the arrow keys go on to Submit for review.
    await ravi.page.keyboard.press("Tab");
    const submit = own.getByRole("button", { name: "Submit for review" });
    for (let presses = 0; !(await submit.evaluate((el) => el === document.activeElement)); presses++) {
      expect(presses).toBeLessThan(8);
      await ravi.page.keyboard.press("ArrowRight");
    }
    await ravi.page.keyboard.press("Enter");
    await own.getByRole("status").filter({ hasText: "Submitted for review." }).waitFor();
    await expectAccessible(ravi.page, "document after submitting for review");
  });
});
