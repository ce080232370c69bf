import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { mkdirSync } from "node:fs";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, expectAccessible } from "../helpers/documentPage";
import { tabTo } from "../helpers/browser";
import { anchorIn } from "../helpers/anchors";
import { createClient } from "../helpers/http";
import { editorUpdate, insertionMark, sendUpdate, userIdOf } from "../helpers/suggest";
import { DEMO_PASSWORD, demoEmail } from "../../server/seed/demo";

const FUNDING = "Sustainable funding";
const INTERSESSIONAL = "Intersessional work";
const SHOTS = "/tmp/shots";

// The landing page says what needs a working-group member, and its links (and the inbox's) land on the exact
// card, with the keyboard on it and the card in view: in real Chromium windows, by keyboard alone.
describe("what needs you, and links to the exact place", { timeout: 180_000 }, () => {
  const { server, fx, newContext } = browserSuite();

  async function signIn(local: string, width: number): Promise<Page> {
    const context = await newContext({ viewport: { width, height: width < 600 ? 844 : 900 } });
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(`${server().url}/login`);
    await page.getByLabel("Email address").fill(demoEmail(local));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "What needs you", level: 2 }).waitFor();
    return page;
  }

  /** The focused element's id, and whether it is wholly in the window. */
  const focusedCard = (page: Page) =>
    page.evaluate(() => {
      const active = document.activeElement as HTMLElement | null;
      const box = active?.getBoundingClientRect();
      const inView = !!box && box.top >= 0 && box.top < window.innerHeight && box.bottom > 0;
      return { id: active?.id ?? "", inView, scrolled: window.scrollY > 0 };
    });

  /** The whole page, and what the window shows (where a link landed, the top of a phone's page). */
  async function shot(page: Page, name: string): Promise<void> {
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    await page.screenshot({ path: `${SHOTS}/${name}-window.png` });
  }

  let threadId = "";

  it("lists a member's sections and what waits for them: a suggestion in their section and a reply", async () => {
    // Ravi (WG2) suggests in WG1's section, as his editor would over the socket.
    const cookie = await fx().cookie("wg2.member");
    const ravi = await userIdOf(server(), cookie);
    const funding = fx().section(FUNDING);
    const update = await editorUpdate(server(), fx().documentId, funding, (doc, tr) => {
      tr.insert(1 + doc.firstChild!.content.size, doc.type.schema.text(" with the NRIs", [insertionMark("landing-1", ravi)]));
    });
    await sendUpdate(server(), fx().documentId, cookie, update);
    // Amara (WG1) asks in WG3's section, far down the page; Ravi replies.
    const amara = createClient(server().url);
    await amara.loginAs("wg1.member");
    const ravisClient = createClient(server().url);
    await ravisClient.loginAs("wg2.member");
    const wg3 = fx().section(INTERSESSIONAL);
    const { anchor, text } = await anchorIn(server(), fx().documentId, wg3, 0, 24);
    const started = await amara.post(`/api/documents/${fx().documentId}/threads`, { sectionId: wg3, anchor, quote: text, body: "Does this cover the policy networks?" });
    expect(started.status).toBe(201);
    threadId = started.body.thread.id;
    expect((await ravisClient.post(`/api/documents/${fx().documentId}/threads/${threadId}/comments`, { body: "It does; see the second paragraph." })).status).toBe(201);

    const page = await signIn("wg1.member", 1440);
    const waiting = page.getByRole("region", { name: /^Waiting for you/ });
    await waiting.getByRole("link", { name: `Ravi Menon suggested a change in 4. ${FUNDING}` }).waitFor();
    await waiting.getByRole("link", { name: `Ravi Menon replied in 6. ${INTERSESSIONAL}` }).waitFor();
    await waiting.getByText("It does; see the second paragraph.").waitFor();
    const sections = page.getByRole("region", { name: "Your groups' sections" });
    const row = sections.getByRole("listitem").filter({ has: page.getByRole("link", { name: `4. ${FUNDING}` }) });
    await row.getByText("1 open suggestion").waitFor();
    await row.getByText("In review").waitFor();
    await expectAccessible(page, "landing page");
    await shot(page, "needs-landing-1440");

    // The section row is a link to the section itself, its heading focused.
    await row.getByRole("link", { name: `4. ${FUNDING}` }).click();
    await expect.poll(() => focusedCard(page), POLL).toMatchObject({ id: `section-${funding}-title`, inView: true });
    await page.goBack();
    await page.getByRole("heading", { name: "What needs you", level: 2 }).waitFor();
    await page.context().close();
  });

  it("follows a landing link by keyboard to the suggestion's card, focused and in view", async () => {
    const page = await signIn("wg1.member", 1440);
    await page.getByRole("link", { name: `Ravi Menon suggested a change in 4. ${FUNDING}` }).waitFor();
    await tabTo(page, (el) => el.tag === "a" && el.text === `Ravi Menon suggested a change in 4. ${FUNDING}`);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedCard(page), POLL).toEqual({ id: "suggestion-landing-1", inView: true, scrolled: true });
    // Keyboard users continue from the card: its first control is next.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest("#suggestion-landing-1"))).toBe(true);
    await shot(page, "needs-suggestion-landed-1440");
    await page.context().close();
  });

  it("follows a notification from the inbox to the reply's thread, focused and in view, and marks it read", async () => {
    const page = await signIn("wg1.member", 1440);
    await tabTo(page, (el) => el.tag === "a" && /^Inbox/.test(el.text));
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Inbox", level: 1 }).waitFor();
    const sentence = `Ravi Menon replied in 6. ${INTERSESSIONAL}`;
    await page.getByRole("link", { name: sentence }).waitFor();
    await expectAccessible(page, "inbox");
    await shot(page, "needs-inbox-1440");
    await tabTo(page, (el) => el.tag === "a" && el.text === sentence);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedCard(page), POLL).toEqual({ id: `thread-${threadId}`, inView: true, scrolled: true });
    // The words it is about open the section: once the section's editor is there they are highlighted (not taken
    // for deleted), and the card, which the margin then places beside them, keeps the keyboard.
    await page.locator(`[data-review-id="${threadId}"]`).first().waitFor();
    await expect.poll(() => focusedCard(page), POLL).toEqual({ id: `thread-${threadId}`, inView: true, scrolled: true });
    await expect(page.getByRole("heading", { name: /^Detached comments/ }).count()).resolves.toBe(0);
    const inbox = await page.evaluate(async () => (await fetch("/api/inbox")).json());
    expect(inbox.notifications.find((n: { threadId: string; kind: string }) => n.threadId === threadId && n.kind === "reply").read).toBe(true);
    await page.context().close();
  });

  it("follows a landing link to an amendment's card in another part of the page", async () => {
    const ravi = createClient(server().url);
    await ravi.loginAs("wg2.member");
    const funding = fx().section(FUNDING);
    const { anchor, text } = await anchorIn(server(), fx().documentId, funding, 4, 7);
    const proposed = await ravi.post(`/api/documents/${fx().documentId}/amendments`, { sectionId: funding, anchor, originalText: text, proposedText: "IGF's" });
    expect(proposed.status).toBe(201);
    const page = await signIn("wg1.member", 1440);
    const sentence = `Ravi Menon proposed an amendment to 4. ${FUNDING}`;
    await page.getByRole("link", { name: sentence }).waitFor();
    await tabTo(page, (el) => el.tag === "a" && el.text === sentence);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedCard(page), POLL).toEqual({ id: `amendment-${proposed.body.amendment.id}`, inView: true, scrolled: true });
    // Withdrawn again, so the suites after this one find the section as it was.
    expect((await ravi.post(`/api/documents/${fx().documentId}/amendments/${proposed.body.amendment.id}/withdraw`)).status).toBe(200);
    await page.context().close();
  });

  it("works the same on a phone: landing page, then the card below the text", async () => {
    const page = await signIn("wg1.member", 390);
    await page.getByRole("link", { name: `Ravi Menon suggested a change in 4. ${FUNDING}` }).waitFor();
    await expectAccessible(page, "landing page on a phone");
    await shot(page, "needs-landing-390");
    await tabTo(page, (el) => el.tag === "a" && el.text === `Ravi Menon suggested a change in 4. ${FUNDING}`, 80);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedCard(page), POLL).toEqual({ id: "suggestion-landing-1", inView: true, scrolled: true });
    await shot(page, "needs-suggestion-landed-390");
    await page.context().close();
  });

  it("tells the suggester in words what became of the suggestion, with the reason, and leads to its section", async () => {
    const amara = createClient(server().url);
    await amara.loginAs("wg1.member");
    const funding = fx().section(FUNDING);
    const decided = await amara.post(`/api/documents/${fx().documentId}/suggestions/${funding}/decide`, { decision: "reject", ids: ["landing-1"], note: "The NRIs have their own section." });
    expect(decided.status).toBe(200);
    const page = await signIn("wg2.member", 1440);
    await page.getByRole("link", { name: /^Inbox/ }).click();
    const sentence = `Amara Okafor rejected your suggestion in 4. ${FUNDING}`;
    const entry = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: sentence }) });
    await entry.getByText("Reason: The NRIs have their own section.").waitFor();
    await expectAccessible(page, "suggester's inbox");
    await shot(page, "needs-inbox-decision-1440");
    await tabTo(page, (el) => el.tag === "a" && el.text === sentence);
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedCard(page), POLL).toMatchObject({ id: `section-${funding}-title`, inView: true });
    await page.context().close();
  });

  it("gives a chair the sections waiting for review, each leading to its section", async () => {
    const page = await signIn("mag.chair", 1440);
    const waiting = page.getByRole("region", { name: /^Waiting for you/ });
    const intro = waiting.getByRole("link", { name: /submitted 1\. Introduction for review$|^1\. Introduction is waiting for review$/ });
    await intro.waitFor();
    await expectAccessible(page, "chair's landing page");
    await shot(page, "needs-landing-chair-1440");
    await intro.focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => focusedCard(page), POLL).toMatchObject({ id: `section-${fx().section("Introduction")}-title`, inView: true });
    await page.context().close();
  });
});
