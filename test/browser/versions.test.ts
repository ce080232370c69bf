import { describe, expect, it } from "vitest";
import type { Download, Page } from "playwright-core";
import { readFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { clientsByAccount } from "../helpers/http";
import { connectProvider, eventually, sectionText, typeParagraph } from "../helpers/collab";
import { screenshot, tabTo } from "../helpers/browser";
import { browserSuite } from "../helpers/browserSuite";
import { JOINT, expectAccessible } from "../helpers/documentPage";
import { elementsPaperDocx } from "../fixtures/import/elementsPaper";
import { approveSection } from "../helpers/approve";

const FUNDING = "Sustainable funding";
const INSERTED = "Penholder diff marker sentence";
const POLL = { timeout: 15_000 };

// Versions, exports, submissions, share links and the Word import as people use them, in Chromium against the
// real server and the built client.
describe("versions, exports and submissions in the browser", { timeout: 120_000 }, () => {
  const { server, fx, newContext } = browserSuite();
  const client = clientsByAccount(() => server().url);

  /** A browser window; signed in as `local` (by its session cookie), or without any session. */
  async function open(local: string | null, path: string): Promise<Page> {
    // acceptDownloads for the export and submission files.
    const context = await newContext({ acceptDownloads: true });
    if (local) {
      const [name, value] = (await fx().cookie(local)).split("=");
      await context.addCookies([{ name: name!, value: value!, url: server().url }]);
    }
    const page = await context.newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(`${server().url}${path}`);
    return page;
  }

  async function bytesOf(download: Download): Promise<Buffer> {
    return readFile((await download.path())!);
  }

  const base = () => `/api/documents/${fx().documentId}`;

  async function approveAll() {
    const chair = await client("mag.chair");
    const sections = (await chair.get(base())).body.document.sections as { id: string; status: string }[];
    for (const section of sections) {
      if (section.status === "approved") continue;
      if (section.status !== "in_review") expect((await chair.post(`${base()}/sections/${section.id}/transitions`, { to: "in_review" })).status).toBe(200);
      expect((await approveSection(chair, fx().documentId, section.id)).status).toBe(200);
    }
  }

  it("saves named versions, compares two with the inserted words marked, and restores a section", async () => {
    const page = await open("wg1.member", `/documents/${fx().documentId}/versions`);
    await page.getByRole("heading", { name: "Versions", level: 1 }).waitFor();
    await expectAccessible(page, "versions");

    await page.getByLabel("Version name").fill("Before the edit");
    await page.getByRole("button", { name: "Save version" }).click();
    await page.getByRole("status").filter({ hasText: "Version “Before the edit” saved." }).waitFor();
    await page.getByRole("row", { name: /Before the edit/ }).getByText("Named").waitFor();

    // An edit from another client, with the stock y-websocket provider.
    const funding = fx().section(FUNDING);
    const provider = connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId);
    try {
      await provider.synced;
      typeParagraph(provider.doc, funding, INSERTED);
      await eventually(async () => {
        const diff = await (await client("wg1.member")).get(`${base()}/versions/${(await (await client("wg1.member")).get(`${base()}/versions`)).body.versions[0].id}/diff?against=current`);
        return diff.body.diff?.summary.insertedWords > 0;
      }, "the edit reached the server", 10_000);

      await page.getByLabel("Version name").fill("After the edit");
      await page.getByRole("button", { name: "Save version" }).click();
      await page.getByRole("row", { name: /After the edit/ }).waitFor();

      // Compare the two named versions.
      await page.getByLabel("Older text").selectOption({ label: (await optionLabel(page, "Older text", "Before the edit"))! });
      await page.getByLabel("Newer text").selectOption({ label: (await optionLabel(page, "Newer text", "After the edit"))! });
      await page.getByRole("button", { name: "Compare", exact: true }).click();
      const diff = page.locator(".diff");
      await diff.getByRole("heading", { name: /Changes from “Before the edit”/ }).waitFor();
      expect(await diff.locator(".diff__summary").innerText()).toMatch(/^1 section changed: \+4 words, −0 words$/);
      const inserted = diff.locator("ins.diff__ins", { hasText: INSERTED });
      await inserted.waitFor();
      // Marked without colour: underlined, and said to screen readers.
      expect(await inserted.evaluate((el) => getComputedStyle(el).textDecorationLine)).toContain("underline");
      expect(await inserted.innerText()).toContain(INSERTED);
      expect(await inserted.locator(".visually-hidden").first().textContent()).toBe("inserted: ");
      // The summary links to the changed section; unchanged ones are folded away.
      await diff.getByRole("link", { name: FUNDING }).click();
      expect(await page.evaluate(() => location.hash)).toMatch(/^#diff-section-/);
      await expect(diff.locator("details.diff__unchanged summary").innerText()).resolves.toMatch(/sections unchanged/);
      await expectAccessible(page, "versions diff");
      await screenshot(page, "versions-diff");

      // Restore only the Funding section to the version before the edit.
      await page.getByRole("row", { name: /Before the edit/ }).getByRole("button", { name: /Restore/ }).click();
      const dialog = page.getByRole("dialog", { name: "Restore “Before the edit”" });
      await dialog.waitFor();
      expect(await dialog.innerText()).toMatch(/new change that everyone sees/);
      await dialog.getByLabel("What to restore").selectOption({ label: `Only “${titleOf(await sectionsOf(), funding)}”` });
      await expectAccessible(page, "restore dialog");
      await screenshot(page, "versions-restore-dialog");
      await dialog.getByRole("button", { name: "Restore", exact: true }).click();
      const outcome = page.locator(".restore-outcome");
      await outcome.waitFor();
      expect(await outcome.innerText()).toMatch(/1 section brought back/);
      await eventually(() => !sectionText(provider.doc, funding).includes(INSERTED), "the restored text reached the other client", 10_000);
      await page.getByRole("row", { name: /restored to “Before the edit”/ }).getByText("Restore", { exact: true }).waitFor();
      await screenshot(page, "versions-restored");
    } finally {
      provider.destroy();
    }

    // The document page shows the restored text too.
    const doc = await open("wg1.member", `/documents/${fx().documentId}`);
    await doc.locator(".connection", { hasText: "Online" }).waitFor();
    const text = doc.getByRole("textbox", { name: new RegExp(`^Text of “${FUNDING}`) });
    await text.waitFor();
    expect(await text.innerText()).not.toContain(INSERTED);
  });

  it("exports a PDF, a Word file and the comments matrix from the document page", async () => {
    const page = await open("observer", `/documents/${fx().documentId}`);
    await page.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
    await page.getByRole("button", { name: "Export" }).click();
    const menu = page.locator("#export-menu");
    await menu.getByLabel("PDF").check();
    const [pdf] = await Promise.all([page.waitForEvent("download"), menu.getByRole("button", { name: "Download", exact: true }).click()]);
    expect((await bytesOf(pdf)).subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.suggestedFilename()).toMatch(/\.pdf$/);
    await menu.getByText(/^Downloaded “.*\.pdf”/).waitFor();
    await expectAccessible(page, "export menu");
    // The whole page is the whole paper: the header with its menu is what to look at.
    await page.locator(".document__header").screenshot({ path: join("test-results", "screenshots", "export-menu.png") });

    await menu.getByLabel("Word (.docx)").check();
    await menu.getByLabel("Table of contents").uncheck();
    const [docx] = await Promise.all([page.waitForEvent("download"), menu.getByRole("button", { name: "Download", exact: true }).click()]);
    expect((await bytesOf(docx)).subarray(0, 2).toString()).toBe("PK");

    const [matrix] = await Promise.all([page.waitForEvent("download"), menu.getByRole("button", { name: /CSV/ }).click()]);
    expect((await bytesOf(matrix)).toString("utf8")).toMatch(/Para\./);
  });

  it("works by keyboard alone: Compare on the versions page and the export menu", async () => {
    const page = await open("wg2.member", `/documents/${fx().documentId}/versions`);
    await page.getByRole("heading", { name: "Versions", level: 1 }).waitFor();
    await tabTo(page, (el) => el.tag === "button" && el.text === "Compare");
    await page.keyboard.press("Enter");
    // The result takes focus, so the keyboard carries on from there.
    await page.locator(".diff").waitFor();
    await eventually(() => page.evaluate(() => document.activeElement?.id === "diff-heading"), "focus on the diff", 5000);

    await page.goto(`${server().url}/documents/${fx().documentId}`);
    await page.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
    await tabTo(page, (el) => el.tag === "button" && el.text === "Export");
    await page.keyboard.press("Enter");
    await page.getByLabel("Word (.docx)").waitFor();
    // Into the format radios (Word is chosen), arrow to PDF, then on to Download.
    await tabTo(page, (el) => el.tag === "input" && el.label === "Word (.docx)", 5);
    await page.keyboard.press("ArrowDown");
    expect(await page.getByLabel("PDF").isChecked()).toBe(true);
    await tabTo(page, (el) => el.tag === "button" && el.text === "Download", 10);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect((await bytesOf(download)).subarray(0, 5).toString()).toBe("%PDF-");
    // Escape folds the menu and gives focus back to its button.
    await page.keyboard.press("Escape");
    expect(await page.locator("#export-menu").isHidden()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Export");
  });

  it("submits as a chair once all is approved, shares a link, and opens it without an account", async () => {
    const page = await open("mag.chair", `/documents/${fx().documentId}/submissions`);
    await page.getByRole("heading", { name: "Submissions", level: 1 }).waitFor();
    // Not ready: the button says why and lists what waits.
    const blocked = page.locator(".submit-panel__blocked");
    await blocked.waitFor();
    expect(await blocked.innerText()).toMatch(/not approved yet/);
    // Still focusable (aria-disabled), so that keyboard users reach it and hear why; pressing it does nothing.
    await page.getByRole("button", { name: "Submit final version" }).focus();
    await page.keyboard.press("Enter");
    expect(await page.locator(".submission").count()).toBe(0);
    await expectAccessible(page, "submissions, not ready");
    await screenshot(page, "submissions-blocked");

    await approveAll();
    await page.reload();
    await page.getByRole("heading", { name: "Submissions", level: 1 }).waitFor();
    expect(await blocked.count()).toBe(0);
    await page.getByLabel("Note (optional)").fill("Joint response as agreed on 25 November.");
    await page.getByRole("button", { name: "Submit final version" }).click();
    const card = page.locator(".submission", { has: page.getByRole("heading", { name: "Submission 1" }) });
    await card.waitFor(POLL);
    expect(await card.innerText()).toMatch(/Joint response as agreed on 25 November\./);
    const { submissions } = (await (await client("mag.chair")).get(`${base()}/submissions`)).body as { submissions: { files: { format: string; sha256: string; url: string }[] }[] };
    const files = submissions[0]!.files;
    for (const file of files) await card.locator("code.hash", { hasText: file.sha256 }).waitFor();
    const [pdf] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: /Download PDF/ }).click()]);
    const pdfBytes = await bytesOf(pdf);
    expect(createHash("sha256").update(pdfBytes).digest("hex")).toBe(files.find((f) => f.format === "pdf")!.sha256);

    await card.getByLabel("Label for a new link").fill("Co-facilitators");
    await card.getByRole("button", { name: "Create share link" }).click();
    const urlField = card.getByLabel("Share link for Submission 1");
    await urlField.waitFor();
    const shareUrl = new URL(await urlField.inputValue());
    expect(shareUrl.pathname).toMatch(/^\/share\/[a-z0-9]+$/);
    await expectAccessible(page, "submissions");
    await screenshot(page, "submissions");

    // A fresh browser, no session at all: the share page opens and shows the files with their hashes.
    const shared = await open(null, shareUrl.pathname);
    await shared.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
    expect(shared.url()).toContain("/share/");
    expect(await shared.locator(".share-page__meta").innerText()).toMatch(/Submission 1/);
    for (const file of files) await shared.locator("code.hash", { hasText: file.sha256 }).waitFor();
    expect(await shared.locator(".contributors").innerText()).toMatch(/WG1 Funding strategy/);
    const [sharedDocx] = await Promise.all([shared.waitForEvent("download"), shared.getByRole("link", { name: /Download Word/ }).click()]);
    expect((await bytesOf(sharedDocx)).subarray(0, 2).toString()).toBe("PK");
    await expectAccessible(shared, "share page");
    await screenshot(shared, "share-page");

    // Revoked, the link says so plainly.
    await card.getByRole("button", { name: /Revoke link “Co-facilitators”/ }).click();
    await card.getByText("Revoked", { exact: true }).waitFor();
    await shared.reload();
    await shared.getByRole("heading", { name: "This link does not open a submission" }).waitFor();
    expect(await shared.getByRole("alert").innerText()).toMatch(/revoked or never existed/);
    await expectAccessible(shared, "share page, revoked");
    await screenshot(shared, "share-page-revoked");
    // Cut short: the page says so in its own words, not the server's validation of the token.
    await shared.goto(`${server().url}/share/short`);
    expect(await shared.getByRole("alert").innerText()).toMatch(/incomplete or was mistyped/);
  });

  it("imports a Word file as an admin and assigns section owners", async () => {
    const page = await open("secretariat", "/admin/documents");
    const form = page.getByRole("region", { name: "Import from Word (.docx)" });
    await form.waitFor();
    await form.getByRole("button", { name: "Import" }).click();
    await form.getByText("Choose the Word file (.docx) to import.").waitFor();
    await expectAccessible(page, "import form");
    await screenshot(page, "import-form");

    await form.getByLabel("Word file").setInputFiles({ name: "elements-paper.docx", mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", buffer: Buffer.from(await elementsPaperDocx()) });
    await form.getByLabel("Title (optional)").fill("Imported Elements Paper");
    await form.getByRole("button", { name: "Import" }).click();
    const result = page.locator(".import-result");
    await result.getByRole("heading", { name: /Imported “Imported Elements Paper”/ }).waitFor(POLL);
    const selects = result.locator("select");
    expect(await selects.count()).toBeGreaterThan(1);
    await selects.first().selectOption("wg2");
    await result.getByText("Saved: WG2 NRI engagement & support.").waitFor();
    const documents = (await (await client("secretariat")).get("/api/documents")).body.documents as { title: string; sections: { ownerGroup: { slug: string } }[] }[];
    expect(documents.find((d) => d.title === "Imported Elements Paper")!.sections[0]!.ownerGroup.slug).toBe("wg2");
    await expectAccessible(page, "import result");
    await screenshot(page, "import-result");
  });

  async function sectionsOf(): Promise<{ id: string; title: string }[]> {
    return (await (await client("wg1.member")).get(base())).body.document.sections;
  }
});

const titleOf = (sections: { id: string; title: string }[], id: string) => sections.find((s) => s.id === id)!.title;

/** The full label of the option in a select that starts with the version's name. */
async function optionLabel(page: Page, label: string, name: string): Promise<string | undefined> {
  const labels = await page.getByLabel(label).locator("option").allInnerTexts();
  return labels.find((text) => text.startsWith(`${name} (`));
}
