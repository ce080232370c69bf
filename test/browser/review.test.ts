import { describe, expect, it } from "vitest";
import type { Locator, Page } from "playwright-core";
import { join } from "node:path";
import { screenshot, tabTo } from "../helpers/browser";
import { browserSuite } from "../helpers/browserSuite";
import { JOINT, POLL, editorOf, expectAccessible, liveText, section, waitOnline } from "../helpers/documentPage";

const INTERSESSIONAL = "Intersessional work";
const NRI = "National, Regional and Youth IGF initiatives";
const FUNDING = "Sustainable funding";
const EVENT = "The annual IGF meeting";
const ACCESS = "Accessibility and inclusion";

// The review workflow as people use it: real Chromium windows, one per person, against the real server and the
// built client. Comments, amendments, approvals and the outline arrive live through the document's Y.Doc.
describe("reviewing a joint paper in the browser", { timeout: 90_000 }, () => {
  const { server, fx, person } = browserSuite();

  const panelToggle = (page: Page, title: string): Locator => section(page, title).getByRole("button", { name: /^Comments and amendments/ });

  /** Selects a phrase of a section's text with the mouse's tool, the DOM selection, and waits for the editor. */
  async function selectText(page: Page, title: string, phrase: string): Promise<void> {
    const editor = editorOf(page, title);
    await editor.evaluate((element, wanted) => {
      // The phrase may run across several text nodes (highlights split them): find it in their joined text.
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) => (node.parentElement?.closest(".collab-caret") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
      });
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const joined = nodes.map((node) => node.data).join("");
      const at = joined.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the text`);
      const place = (offset: number, isEnd: boolean): [Text, number] => {
        let passed = 0;
        for (const node of nodes) {
          const inside = isEnd ? offset <= passed + node.data.length : offset < passed + node.data.length;
          if (inside) return [node, offset - passed];
          passed += node.data.length;
        }
        throw new Error("past the end of the text");
      };
      const range = document.createRange();
      range.setStart(...place(at, false));
      range.setEnd(...place(at + wanted.length, true));
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    }, phrase);
    await expect.poll(() => editor.evaluate((element) => !(element as unknown as { editor: { state: { selection: { empty: boolean } } } }).editor.state.selection.empty), POLL).toBe(true);
  }

  async function openPanel(page: Page, title: string): Promise<void> {
    const toggle = panelToggle(page, title);
    if ((await toggle.getAttribute("aria-expanded")) !== "true") await toggle.click();
  }

  /** What is on screen now (a dialog over the page), not the whole long page. */
  async function viewShot(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: join("test-results", "screenshots", `${name}.png`) });
  }

  async function shoot(locator: Locator, name: string): Promise<void> {
    await locator.screenshot({ path: join("test-results", "screenshots", `${name}.png`) });
  }

  it("a WG2 member comments on and proposes an amendment to WG3's text; WG3 sees both live and accepts it", async () => {
    const ravi = await person("wg2.member");
    const elise = await person("wg3.member");
    const raviSection = section(ravi.page, INTERSESSIONAL);
    await raviSection.getByText("Only members of WG3 Intersessional work model review edit this section").waitFor();

    // A comment on a phrase, with a mention picked from the list.
    await selectText(ravi.page, INTERSESSIONAL, "Best Practice Forums");
    await raviSection.getByRole("group", { name: /Comment or propose/ }).getByRole("button", { name: "Comment" }).click();
    const newThread = raviSection.getByRole("group", { name: "New comment" });
    const field = newThread.getByLabel("Your comment");
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await field.pressSequentially("Should we name the policy networks too? @Éli", { delay: 5 });
    const option = raviSection.getByRole("option", { name: /Élise Dubois/ });
    await option.waitFor();
    await field.press("Enter");
    expect(await field.inputValue()).toBe("Should we name the policy networks too? @Élise Dubois ");
    await newThread.getByRole("button", { name: "Comment", exact: true }).click();
    const raviThread = raviSection.getByRole("article", { name: /Comment thread started by Ravi Menon/ });
    await raviThread.waitFor();
    await raviThread.getByText("Best Practice Forums").first().waitFor();
    await raviSection.locator(".review-mark--thread", { hasText: "Best Practice Forums" }).waitFor();

    // An amendment to other words of the same paragraph.
    await selectText(ravi.page, INTERSESSIONAL, "Dynamic Coalitions and Policy Networks");
    await raviSection.getByRole("button", { name: "Propose amendment" }).click();
    const dialog = ravi.page.getByRole("dialog", { name: /Propose an amendment to “Intersessional work”/ });
    await dialog.waitFor();
    expect(await dialog.locator("blockquote").innerText()).toBe("Dynamic Coalitions and Policy Networks");
    await expectAccessible(ravi.page, "amendment dialog");
    await viewShot(ravi.page, "review-amendment-dialog");
    await dialog.getByLabel("Proposed text").fill("Dynamic Coalitions, Policy Networks and Best Practice Forums");
    await dialog.getByLabel("Reason (optional)").fill("Name all three modalities.");
    await dialog.getByRole("button", { name: "Propose amendment" }).click();
    await dialog.waitFor({ state: "detached" });
    const raviAmendment = raviSection.getByRole("article", { name: /Amendment proposed by Ravi Menon, open/ });
    await raviAmendment.waitFor();
    // The new amendment takes the keyboard, where the dialog's result is.
    await expect.poll(() => raviAmendment.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await raviAmendment.getByRole("button", { name: "Withdraw amendment" }).waitFor();
    expect(await raviAmendment.getByRole("button", { name: "Accept amendment" }).count()).toBe(0);
    await expectAccessible(ravi.page, "document with the comments panel open");
    await screenshot(ravi.page, "review-comments-panel");
    await shoot(raviSection, "review-section-with-comments");

    // Élise (WG3) sees both, live, highlighted in her text, and accepts the amendment.
    const eliseSection = section(elise.page, INTERSESSIONAL);
    await eliseSection.locator(".review-mark--thread", { hasText: "Best Practice Forums" }).waitFor();
    await eliseSection.locator(".review-mark--amendment", { hasText: "Dynamic Coalitions and Policy Networks" }).waitFor();
    await expect.poll(() => panelToggle(elise.page, INTERSESSIONAL).innerText(), POLL).toMatch(/1 open comment, 1 open amendment/);
    // Clicking the highlighted words opens the panel at their thread; "Show in text" goes back to them.
    await eliseSection.locator(".review-mark--thread", { hasText: "Best Practice Forums" }).click();
    const eliseThread = eliseSection.getByRole("article", { name: /Comment thread started by Ravi Menon/ });
    await expect.poll(() => eliseThread.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await eliseSection.locator(".review-mark--thread.review-mark--active").waitFor();
    await eliseSection.getByRole("article", { name: /Amendment proposed by Ravi Menon/ }).getByRole("button", { name: "Show in text" }).click();
    await eliseSection.locator(".review-mark--amendment.review-mark--active", { hasText: "Dynamic Coalitions" }).waitFor();
    await eliseThread.getByText("Should we name the policy networks too?").waitFor();
    await eliseThread.locator(".mention", { hasText: "@Élise Dubois" }).waitFor();
    const eliseAmendment = eliseSection.getByRole("article", { name: /Amendment proposed by Ravi Menon, open/ });
    await eliseAmendment.getByText("Name all three modalities.").waitFor();
    await shoot(eliseSection, "review-owner-sees-amendment");
    await eliseAmendment.getByRole("button", { name: "Accept amendment" }).click();

    const changed = "Dynamic Coalitions, Policy Networks and Best Practice Forums";
    for (const page of [elise.page, ravi.page]) {
      await expect.poll(() => liveText(page, INTERSESSIONAL), POLL).toContain(changed);
      await section(page, INTERSESSIONAL).getByRole("article", { name: /Amendment proposed by Ravi Menon, accepted/ }).waitFor();
    }
    expect(await liveText(ravi.page, INTERSESSIONAL)).not.toContain("Dynamic Coalitions and Policy Networks");
    // The comment's anchor followed the text: still highlighted, still attached.
    await section(ravi.page, INTERSESSIONAL).locator(".review-mark--thread", { hasText: "Best Practice Forums" }).first().waitFor();

    // Élise replies and resolves; the resolved thread folds away for Ravi.
    await eliseThread.getByLabel("Reply").fill("Agreed, done through the amendment.");
    await eliseThread.getByRole("button", { name: "Reply", exact: true }).click();
    await raviThread.getByText("Agreed, done through the amendment.").waitFor();
    await eliseThread.getByRole("button", { name: "Resolve thread" }).click();
    await raviSection.getByText("Resolved comments (1)").waitFor();
    await expect.poll(() => raviSection.locator(".review-mark--thread").count(), POLL).toBe(0);
  });

  it("keeps comments whose text was deleted, and asks before applying an amendment to text that changed", async () => {
    const ravi = await person("wg2.member");
    const mei = await person("wg5.member");
    const raviSection = section(ravi.page, ACCESS);
    await selectText(ravi.page, ACCESS, "small island developing States");
    await raviSection.getByRole("button", { name: "Comment", exact: true }).click();
    await raviSection.getByRole("group", { name: "New comment" }).getByLabel("Your comment").fill("Use the acronym SIDS?");
    await raviSection.getByRole("group", { name: "New comment" }).getByRole("button", { name: "Comment", exact: true }).click();
    await raviSection.getByRole("article", { name: /Use the acronym SIDS/ }).waitFor();
    await selectText(ravi.page, ACCESS, "travel support, captioning");
    await ravi.page.keyboard.press("Control+Alt+a");
    const dialog = ravi.page.getByRole("dialog", { name: /Propose an amendment/ });
    await dialog.getByLabel("Proposed text").fill("travel support, real-time captioning");
    await dialog.getByRole("button", { name: "Propose amendment" }).click();
    await dialog.waitFor({ state: "detached" });

    // WG5 deletes the commented words and rewords the amended ones.
    const meiSection = section(mei.page, ACCESS);
    await meiSection.locator(".review-mark--amendment").waitFor();
    await editorOf(mei.page, ACCESS).click();
    await selectText(mei.page, ACCESS, "small island developing States and ");
    await mei.page.keyboard.press("Backspace");
    await selectText(mei.page, ACCESS, "support");
    await mei.page.keyboard.type("funding", { delay: 5 });
    await expect.poll(() => liveText(ravi.page, ACCESS), POLL).toContain("travel funding, captioning, sign");

    // The comment is not lost: it moves to its own group.
    await raviSection.getByRole("heading", { name: "Detached comments (1)" }).waitFor();
    await raviSection.getByRole("article", { name: /Use the acronym SIDS/ }).waitFor();
    expect(await raviSection.getByRole("article", { name: /Use the acronym SIDS/ }).getByRole("button", { name: "Show in text" }).count()).toBe(0);

    await openPanel(mei.page, ACCESS);
    const amendment = meiSection.getByRole("article", { name: /Amendment proposed by Ravi Menon, open/ });
    await amendment.getByText("The text has changed since this was proposed.").waitFor();
    await amendment.getByRole("button", { name: "Accept amendment" }).click();
    const conflict = amendment.getByRole("alert");
    await conflict.getByText("The text changed since this amendment was proposed.").waitFor();
    await conflict.getByText("travel funding, captioning", { exact: true }).waitFor();
    await expectAccessible(mei.page, "amendment conflict");
    await shoot(amendment, "review-amendment-conflict");
    await conflict.getByRole("button", { name: "Apply anyway" }).click();
    for (const page of [mei.page, ravi.page]) await expect.poll(() => liveText(page, ACCESS), POLL).toContain("for travel support, real-time captioning, sign");
  });

  it("edits and deletes one's own comment, reopens a thread, rejects an amendment with a reason, and withdraws one", async () => {
    const ravi = await person("wg2.member");
    const elise = await person("wg3.member");
    const raviSection = section(ravi.page, INTERSESSIONAL);
    await openPanel(ravi.page, INTERSESSIONAL);

    // Reopen the resolved thread, then edit and delete a comment in it.
    await raviSection.getByText("Resolved comments (1)").click();
    const thread = raviSection.getByRole("article", { name: /Comment thread started by Ravi Menon/ });
    await thread.getByRole("button", { name: "Reopen thread" }).click();
    await expect.poll(() => raviSection.getByText(/Resolved comments/).count(), POLL).toBe(0);
    await thread.getByRole("button", { name: "Edit your comment" }).click();
    const edit = thread.getByLabel("Edit your comment");
    await edit.fill("Should we name the policy networks and the BPFs too?");
    await thread.getByRole("button", { name: "Save", exact: true }).click();
    await thread.getByText("(edited)").waitFor();
    await section(elise.page, INTERSESSIONAL).getByText("Should we name the policy networks and the BPFs too?").waitFor();
    await thread.getByRole("button", { name: "Reply", exact: true }).waitFor();
    await thread.getByLabel("Reply").fill("A second thought, to delete.");
    await thread.getByRole("button", { name: "Reply", exact: true }).click();
    const second = thread.locator(".comment", { hasText: "A second thought, to delete." });
    await second.getByRole("button", { name: "Delete your comment" }).click();
    await second.getByRole("button", { name: "Delete", exact: true }).click();
    await thread.getByText("Comment deleted.").waitFor();
    // Someone else's comment offers neither.
    const eliseReply = thread.locator(".comment", { hasText: "Agreed, done through the amendment." });
    expect(await eliseReply.getByRole("button").count()).toBe(0);

    // Two more proposals: WG3 rejects one with a reason; Ravi withdraws the other.
    for (const [phrase, proposal] of [["Global Digital Compact", "Global Digital Compact (GDC)"], ["Sustainable Development Goals", "SDGs"]] as const) {
      await selectText(ravi.page, INTERSESSIONAL, phrase);
      await raviSection.getByRole("button", { name: "Propose amendment" }).click();
      const dialog = ravi.page.getByRole("dialog", { name: /Propose an amendment/ });
      await dialog.getByLabel("Proposed text").fill(proposal);
      await dialog.getByRole("button", { name: "Propose amendment" }).click();
      await dialog.waitFor({ state: "detached" });
    }
    const eliseSection = section(elise.page, INTERSESSIONAL);
    const gdc = eliseSection.getByRole("article", { name: /Amendment proposed by Ravi Menon, open/ }).filter({ hasText: "(GDC)" });
    await gdc.getByRole("button", { name: "Reject amendment" }).click();
    await gdc.getByRole("button", { name: "Reject amendment" }).click();
    await gdc.getByText("Give a reason for the proposer.").waitFor();
    await gdc.getByLabel("Why is it rejected?").fill("The acronym is introduced in the introduction.");
    await gdc.getByRole("button", { name: "Reject amendment" }).click();
    const rejected = raviSection.getByRole("article", { name: /Amendment proposed by Ravi Menon, rejected/ });
    await rejected.getByText("The acronym is introduced in the introduction.").waitFor();
    const sdg = raviSection.getByRole("article", { name: /Amendment proposed by Ravi Menon, open/ }).filter({ hasText: "SDGs" });
    await sdg.getByRole("button", { name: "Withdraw amendment" }).click();
    await raviSection.getByRole("article", { name: /Amendment proposed by Ravi Menon, withdrawn/ }).waitFor();
    expect(await liveText(ravi.page, INTERSESSIONAL)).toContain("Global Digital Compact. A clearer");
    await shoot(raviSection.locator(".review-panel"), "review-panel-decisions");
  });

  it("locks a section for its owners the moment a chair approves it, and says so", async () => {
    const ravi = await person("wg2.member");
    const nadia = await person("mag.chair");
    const owner = section(ravi.page, NRI);
    await owner.getByText("You can edit this section.").waitFor();

    // The owners submit it for review, from the page.
    await owner.getByRole("button", { name: "Submit for review" }).click();
    await owner.locator(".status-badge", { hasText: "In review" }).waitFor();
    await owner.getByText(/Submitted for review by Ravi Menon/).waitFor();
    const chairView = section(nadia.page, NRI);
    await chairView.locator(".status-badge", { hasText: "In review" }).waitFor();

    // Ravi keeps writing while the chair reads.
    const editor = editorOf(ravi.page, NRI);
    await editor.locator(":scope > *").last().click();
    await ravi.page.keyboard.press("Control+End");
    await ravi.page.keyboard.type(" A last sentence before approval.", { delay: 5 });
    await expect.poll(() => liveText(nadia.page, NRI), POLL).toContain("A last sentence before approval.");

    await chairView.getByRole("button", { name: "Approve" }).click();
    await nadia.page.getByRole("dialog", { name: /^Approve/ }).getByRole("button", { name: "Approve this text" }).click();
    const notice = owner.getByRole("status").filter({ hasText: "This section was approved by Nadia Haddad (MAG Chair) and is now locked." });
    await notice.waitFor();
    await expect.poll(() => editor.getAttribute("contenteditable"), POLL).toBe("false");
    expect(await owner.getByRole("toolbar").count()).toBe(0);
    await owner.getByText("This section is approved and locked. A chair can reopen it.").waitFor();
    // The notice took the keyboard, so a typist is not left nowhere.
    expect(await ravi.page.evaluate(() => document.activeElement?.closest(".lock-notice") !== null)).toBe(true);
    await screenshot(ravi.page, "review-locked-notice");
    await shoot(owner, "review-locked-section");

    // Typing does nothing now.
    const before = await liveText(ravi.page, NRI);
    await editor.locator(":scope > *").last().click();
    await ravi.page.keyboard.type("Typed after approval", { delay: 5 });
    await ravi.page.waitForTimeout(500);
    expect(await liveText(ravi.page, NRI)).toBe(before);
    expect(await liveText(nadia.page, NRI)).not.toContain("Typed after approval");
    expect(await ravi.page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(0);
    await expect.poll(() => ravi.page.locator(".progress__label").innerText(), POLL).toMatch(/2 of 9 sections approved/);

    // History lists the moves; reopening unlocks it again.
    await chairView.getByText("History").click();
    await chairView.locator(".history__item", { hasText: "Approved by Nadia Haddad (MAG Chair)" }).waitFor();
    await chairView.locator(".history__item", { hasText: "Submitted for review by Ravi Menon" }).waitFor();
    await chairView.getByRole("button", { name: "Reopen" }).click();
    await owner.getByRole("status").filter({ hasText: "reopened by Nadia Haddad (MAG Chair)" }).waitFor();
    await expect.poll(() => editor.getAttribute("contenteditable"), POLL).toBe("true");
  });

  it("asks a chair for a note before requesting changes", async () => {
    const nadia = await person("mag.chair");
    const ravi = await person("wg2.member");
    const chairView = section(nadia.page, NRI);
    await section(ravi.page, NRI).getByRole("button", { name: "Submit for review" }).click();
    await chairView.getByRole("button", { name: "Request changes" }).click();
    const dialog = nadia.page.getByRole("dialog", { name: /Request changes to/ });
    await dialog.getByRole("button", { name: "Request changes" }).click();
    await dialog.getByText("Say what should change").waitFor();
    await dialog.getByLabel("What should change?").fill("Add the NRI survey figures.");
    await dialog.getByRole("button", { name: "Request changes" }).click();
    await dialog.waitFor({ state: "detached" });
    await section(ravi.page, NRI).locator(".status-badge", { hasText: "Changes requested" }).waitFor();
    await section(ravi.page, NRI).getByText("Add the NRI survey figures.").waitFor();
    await section(ravi.page, NRI).getByRole("button", { name: "Resubmit for review" }).waitFor();
  });

  it("brings an @mention to that person's inbox, with a badge in the header", async () => {
    const amara = await person("wg1.member");
    const funding = section(amara.page, FUNDING);
    await selectText(amara.page, FUNDING, "extra-budgetary");
    await funding.getByRole("toolbar").getByRole("button", { name: "Comment on the selected text" }).click();
    const field = funding.getByRole("group", { name: "New comment" }).getByLabel("Your comment");
    await field.pressSequentially("Mei Lin, is this the right term? @Mei", { delay: 5 });
    await funding.getByRole("option", { name: /Mei Lin Tan/ }).click();
    await funding.getByRole("group", { name: "New comment" }).getByRole("button", { name: "Comment", exact: true }).click();
    await funding.getByRole("article", { name: /Comment thread started by Amara Okafor/ }).waitFor();

    const mei = await person("wg5.member");
    await mei.page.reload();
    await waitOnline(mei.page);
    const inboxLink = mei.page.getByRole("link", { name: /^Inbox \(\d+ unread\)$/ });
    await inboxLink.waitFor();
    const unread = Number(await inboxLink.locator(".nav-badge").innerText());
    expect(unread).toBeGreaterThanOrEqual(1);
    await inboxLink.click();
    await mei.page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    const item = mei.page.locator(".notification", { hasText: "Amara Okafor mentioned you" });
    await item.waitFor();
    await item.getByText("Mei Lin, is this the right term?").waitFor();
    await item.getByText("New", { exact: true }).waitFor();
    await expectAccessible(mei.page, "inbox");
    await screenshot(mei.page, "review-inbox");
    await item.getByRole("link", { name: new RegExp(`^Amara Okafor mentioned you in \\d+\\. ${FUNDING}$`) }).click();
    await mei.page.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
    // The link leads to the thread itself, and opening it marked it read.
    const thread = section(mei.page, FUNDING).getByRole("article", { name: /Comment thread started by Amara Okafor/ });
    await thread.waitFor();
    await expect.poll(() => mei.page.evaluate(() => document.activeElement?.id ?? ""), POLL).toMatch(/^thread-/);
    const after = unread === 1 ? "Inbox" : `Inbox (${unread - 1} unread)`;
    await expect.poll(() => mei.page.getByRole("link", { name: after, exact: true }).count(), POLL).toBe(1);

    // Mark all read: the badge goes.
    await mei.page.getByRole("link", { name: /^Inbox/ }).click();
    await mei.page.getByRole("button", { name: "Mark all read" }).click();
    await mei.page.getByRole("heading", { name: "All read" }).waitFor();
    await expect.poll(() => mei.page.getByRole("link", { name: "Inbox", exact: true }).count(), POLL).toBe(1);
    expect(await mei.page.locator(".nav-badge").count()).toBe(0);
    await mei.page.goto(`${server().url}/documents/${fx().documentId}`);
    await waitOnline(mei.page);
  });

  it("comments by keyboard alone, in an editable section and in a read-only one", async () => {
    const amara = await person("wg1.member");
    const { page } = amara;
    await page.reload();
    await waitOnline(page);
    // Editable: Tab into the text, select with Shift+arrows, Ctrl+Alt+M, write, Ctrl+Enter.
    await tabTo(page, (el) => el.label === `Text of “${FUNDING}”`);
    await page.keyboard.press("Control+Home");
    await page.keyboard.press("Shift+End");
    await page.keyboard.press("Control+Alt+m");
    const funding = section(page, FUNDING);
    const field = funding.getByRole("group", { name: "New comment" }).getByLabel("Your comment");
    await expect.poll(() => field.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await page.keyboard.type("Written without a mouse.");
    await page.keyboard.press("Control+Enter");
    const thread = funding.getByRole("article", { name: /Written without a mouse/ });
    await thread.waitFor();
    await expect.poll(() => thread.evaluate((el) => el === document.activeElement), POLL).toBe(true);

    // Read-only (Viewing, chosen by keyboard: Tab to the section's mode, Down arrow to "Viewing"): "Select text
    // with the keyboard", arrows and Shift, Ctrl+Alt+M.
    const event = section(page, EVENT);
    const suggesting = event.getByRole("radio", { name: "Suggesting" });
    while (!(await suggesting.evaluate((el) => el === document.activeElement))) {
      await tabTo(page, (el) => el.tag === "input" && el.text === "", 200);
    }
    await page.keyboard.press("ArrowDown");
    await expect.poll(() => event.getByRole("radio", { name: "Viewing" }).isChecked(), POLL).toBe(true);
    // The section's controls are one Tab stop: the others are along the arrow keys from its mode.
    const selectToggle = event.getByRole("button", { name: "Select text with the keyboard" });
    for (let presses = 0; !(await selectToggle.evaluate((el) => el === document.activeElement)); presses++) {
      expect(presses).toBeLessThan(6);
      await page.keyboard.press("ArrowRight");
    }
    await page.keyboard.press("Enter");
    const text = editorOf(page, EVENT);
    await expect.poll(() => text.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    expect(await text.getAttribute("aria-readonly")).toBe("true");
    for (let i = 0; i < 12; i++) await page.keyboard.press("Shift+ArrowRight");
    await page.keyboard.type("xyz");
    await page.keyboard.press("Control+Alt+m");
    const readOnlyField = event.getByRole("group", { name: "New comment" }).getByLabel("Your comment");
    await expect.poll(() => readOnlyField.evaluate((el) => el === document.activeElement), POLL).toBe(true);
    await page.keyboard.type("A comment on the annual meeting, by keyboard.");
    await page.keyboard.press("Control+Enter");
    await event.getByRole("article", { name: /A comment on the annual meeting/ }).waitFor();
    expect(await liveText(page, EVENT)).not.toContain("xyz");
    await shoot(event, "review-keyboard-comment-read-only");
  });

  it("lets a chair manage the outline: due dates, order with the keyboard following, rename", async () => {
    const nadia = await person("mag.chair");
    const ravi = await person("wg2.member");
    const { page } = nadia;
    await page.getByText("Manage outline").click();
    const manager = page.locator(".outline-manager");
    await manager.locator(".outline-row").first().waitFor();
    await expectAccessible(page, "outline manager");
    await shoot(manager, "review-outline-manager");

    const row = manager.locator(".outline-row", { has: page.getByRole("heading", { name: new RegExp(EVENT) }) });
    await row.getByLabel("Due date").fill("2020-01-15");
    await row.getByRole("button", { name: /^Save/ }).click();
    await section(ravi.page, EVENT).getByText("overdue: due 15 Jan").waitFor();

    const titles = () => ravi.page.locator("section.section h2").allInnerTexts();
    const before = await titles();
    const index = before.findIndex((t) => t.includes(EVENT));
    const moveUp = row.getByRole("button", { name: `Move up “${EVENT}”` });
    await moveUp.focus();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await titles()).findIndex((t) => t.includes(EVENT)), POLL).toBe(index - 1);
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent ?? ""), POLL).toContain(`Move up “${EVENT}”`);
    // The chair's own window takes the move as done when its live outline shows it (the other window may see it
    // first): until then the button says it is unavailable, and a second press would do nothing.
    await expect.poll(() => moveUp.getAttribute("aria-disabled"), POLL).toBeNull();
    await page.keyboard.press("Enter");
    await expect.poll(async () => (await titles()).findIndex((t) => t.includes(EVENT)), POLL).toBe(index - 2);

    const renamed = manager.locator(".outline-row", { has: page.getByRole("heading", { name: new RegExp(EVENT) }) });
    await renamed.getByLabel("Title").fill("The annual IGF meeting and its host countries");
    await renamed.getByRole("button", { name: /^Save/ }).click();
    await ravi.page.getByRole("heading", { level: 2, name: /The annual IGF meeting and its host countries/ }).waitFor();
    await shoot(manager, "review-outline-after");

    // Retiring asks first, starting on the safe choice; Escape keeps the section.
    await renamed.getByRole("button", { name: /^Retire/ }).click();
    const confirm = page.getByRole("dialog", { name: /^Retire/ });
    await confirm.waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""), POLL).toBe("Keep it");
    await page.keyboard.press("Escape");
    await confirm.waitFor({ state: "detached" });

    // Giving a section to another group locks it for its former owners at once, and says why.
    const nri = manager.locator(".outline-row", { has: page.getByRole("heading", { name: new RegExp(NRI) }) });
    await expect.poll(() => editorOf(ravi.page, NRI).getAttribute("contenteditable"), POLL).toBe("true");
    await nri.getByLabel("Owner group").selectOption("wg1");
    await nri.getByRole("button", { name: /^Save/ }).click();
    await section(ravi.page, NRI).getByRole("status").filter({ hasText: "This section now belongs to WG1 Funding strategy" }).waitFor();
    // Still typeable, but as suggestions now.
    await expect.poll(() => section(ravi.page, NRI).getByRole("radio", { name: "Suggesting" }).isChecked(), POLL).toBe(true);
    expect(await section(ravi.page, NRI).getByRole("radio", { name: "Editing" }).count()).toBe(0);
    const back = manager.locator(".outline-row", { has: page.getByRole("heading", { name: new RegExp(NRI) }) });
    await back.getByLabel("Owner group").selectOption("wg2");
    await back.getByRole("button", { name: /^Save/ }).click();
    await expect.poll(() => editorOf(ravi.page, NRI).getAttribute("contenteditable"), POLL).toBe("true");
  });

  it("fits a phone: the lifecycle, the comment actions and the panel under the text", async () => {
    const jonas = await person("observer", { width: 390, height: 844 });
    const { page } = jonas;
    await openPanel(page, ACCESS);
    await section(page, ACCESS).getByRole("article", { name: /Use the acronym SIDS/ }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, "document on a phone with comments");
    await shoot(section(page, ACCESS), "review-phone-section");
    await page.evaluate(() => window.scrollTo(0, 0));
    await viewShot(page, "review-phone-header");
  });

  it("shows the review queue to chairs, the activity of a document, and the audit log to the secretariat; all pass axe", async () => {
    const nadia = await person("mag.chair");
    const { page } = nadia;
    await page.getByRole("link", { name: "Review", exact: true }).click();
    await page.getByRole("heading", { name: "Review queue", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Introduction" }).waitFor();
    await expectAccessible(page, "review queue");
    await screenshot(page, "review-queue");
    await page.getByRole("link", { name: "Introduction" }).click();
    await page.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
    await waitOnline(page);
    await page.getByText("Activity").click();
    await page.locator(".activity__item", { hasText: / approved \d+\. \S/ }).first().waitFor();
    await expectAccessible(page, "document with activity");
    await shoot(page.locator("details.tool", { hasText: "Activity" }), "review-activity");

    const admin = await person("secretariat");
    await admin.page.getByRole("link", { name: "Admin" }).click();
    await admin.page.getByRole("link", { name: "Audit log" }).click();
    await admin.page.getByRole("heading", { name: "Audit log", level: 2 }).waitFor();
    await admin.page.locator("td.audit__what", { hasText: /accepted .*’s amendment to \d+\. / }).first().waitFor();
    await admin.page.getByLabel("What").selectOption({ label: "Amendments" });
    await admin.page.getByRole("button", { name: "Show entries" }).click();
    const sentences = () => admin.page.locator("td.audit__what").allInnerTexts();
    await expect.poll(sentences, POLL).toEqual(expect.arrayContaining([expect.stringMatching(/ proposed an amendment to \d+\. /), expect.stringMatching(/ accepted .*’s amendment to /)]));
    expect((await sentences()).every((sentence) => /amendment/.test(sentence) && !/[a-z]+\.[a-z_]+/.test(sentence))).toBe(true);
    const csv = admin.page.getByRole("link", { name: "Download CSV" });
    expect(await csv.getAttribute("href")).toBe("/api/audit?action=amendment.&format=csv&lang=en");
    const body = await admin.page.evaluate(async (href) => (await fetch(href)).text(), (await csv.getAttribute("href"))!);
    expect(body.split("\r\n")[0]).toBe("time,actor,email,what,action,target,document,detail");
    expect(body).toContain("amendment.accept");
    await expectAccessible(admin.page, "admin audit log");
    await screenshot(admin.page, "review-audit");
    expect(await (await person("wg2.member")).page.getByRole("link", { name: "Review", exact: true }).count()).toBe(0);
  });
});
