import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { clientsByAccount } from "../helpers/http";
import { connectProvider, eventually, typeParagraph } from "../helpers/collab";
import { liveSectionText } from "../helpers/anchors";
import { tabTo } from "../helpers/browser";
import { browserSuite } from "../helpers/browserSuite";
import { JOINT, expectAccessible } from "../helpers/documentPage";
import { readDocx } from "../fixtures/exportReaders";
import { docxRevisions } from "../fixtures/docxRevisions";
import { approveSection } from "../helpers/approve";
import { createHash } from "node:crypto";

const ADDED = "A sentence added after the base text";
const SHOTS = join("test-results", "screenshots");

// The export menu's "Word with changes against a version", by keyboard alone: the version is asked for in words
// when it is missing, then the Word file downloads with the added words as a tracked insertion.
describe("redline export in the browser", { timeout: 120_000 }, () => {
  const { server, fx, newContext } = browserSuite();
  const client = clientsByAccount(() => server().url);

  async function open(local: string, width: number): Promise<Page> {
    const context = await newContext({ acceptDownloads: true, viewport: { width, height: 900 } });
    const [name, value] = (await fx().cookie(local)).split("=");
    await context.addCookies([{ name: name!, value: value!, url: server().url }]);
    const page = await context.newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(`${server().url}/documents/${fx().documentId}`);
    await page.getByRole("heading", { name: JOINT, level: 1 }).waitFor();
    return page;
  }

  it("chooses the format and the version by keyboard, says what is missing, and downloads the redline", async () => {
    const chair = await client("mag.chair");
    expect((await chair.post(`/api/documents/${fx().documentId}/versions`, { label: "Elements Paper" })).status).toBe(201);
    const funding = fx().section("Sustainable funding");
    const writer = connectProvider(server().url, await fx().cookie("wg1.member"), fx().documentId);
    await writer.synced;
    typeParagraph(writer.doc, funding, ADDED);
    await eventually(async () => (await liveSectionText(server(), fx().documentId, funding)).includes(ADDED), "edit stored");
    writer.destroy();

    const page = await open("observer", 1440);
    await tabTo(page, (el) => el.tag === "button" && el.text === "Export");
    await page.keyboard.press("Enter");
    await page.getByLabel("Word (.docx)").waitFor();
    await tabTo(page, (el) => el.tag === "input" && el.label === "Word (.docx)", 5);
    const redline = page.getByLabel("Word with changes against a version (.docx)");
    for (let i = 0; i < 4 && !(await redline.isChecked()); i++) await page.keyboard.press("ArrowDown");
    expect(await redline.isChecked()).toBe(true);
    // Open suggestions are not part of a redline: that choice is off, and says why.
    expect(await page.getByLabel("With suggestions as tracked changes").isDisabled()).toBe(true);
    await page.getByText("Changes against a version compare agreed texts").waitFor();

    // Download without a version: the form says so in words and puts focus on the choice.
    await tabTo(page, (el) => el.tag === "button" && el.text === "Download", 15);
    await page.keyboard.press("Enter");
    await page.getByText("Choose the version to show the changes against.").waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("export-against");
    await expectAccessible(page, "redline export, version missing");

    // The select has focus: the arrow keys choose the newest version (the one just saved).
    await page.keyboard.press("ArrowDown");
    await eventually(async () => (await page.locator("#export-against").inputValue()) !== "", "a version chosen", 5000);
    expect(await page.locator("#export-against option:checked").innerText()).toContain("Elements Paper");
    await expectAccessible(page, "redline export, version chosen");
    const menu = page.locator("#export-menu");
    await menu.screenshot({ path: join(SHOTS, "export-redline-1440.png") });

    await tabTo(page, (el) => el.tag === "button" && el.text === "Download", 15);
    const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
    expect(download.suggestedFilename()).toMatch(/-redline\.docx$/);
    const docx = readDocx(new Uint8Array(await readFile((await download.path())!)));
    const inserted = docxRevisions(docx.files["word/document.xml"]!).filter((r) => r.kind === "ins").map((r) => r.text).join("");
    expect(inserted).toContain(ADDED);

    const narrow = await open("observer", 390);
    await narrow.getByRole("button", { name: "Export" }).click();
    await narrow.getByLabel("Word with changes against a version (.docx)").check();
    const against = narrow.locator("#export-against");
    await against.waitFor();
    await expectAccessible(narrow, "redline export, narrow");
    await against.scrollIntoViewIfNeeded();
    await narrow.screenshot({ path: join(SHOTS, "export-redline-390.png") });
  });

  it("a final submission with a base text stores the redline and shows it with its SHA-256", async () => {
    const chair = await client("mag.chair");
    const base = `/api/documents/${fx().documentId}`;
    const sections = (await chair.get(base)).body.document.sections as { id: string; status: string }[];
    for (const section of sections) {
      if (section.status === "approved") continue;
      if (section.status !== "in_review") expect((await chair.post(`${base}/sections/${section.id}/transitions`, { to: "in_review" })).status).toBe(200);
      expect((await approveSection(chair, fx().documentId, section.id)).status).toBe(200);
    }
    const context = await newContext({ acceptDownloads: true });
    const [name, value] = (await fx().cookie("mag.chair")).split("=");
    await context.addCookies([{ name: name!, value: value!, url: server().url }]);
    const page = await context.newPage();
    await page.goto(`${server().url}/documents/${fx().documentId}/submissions`);
    await page.getByRole("heading", { name: "Submissions", level: 1 }).waitFor();
    const choice = page.getByLabel("Base text for a redline (optional)");
    await eventually(async () => (await choice.locator("option").count()) > 1, "versions listed", 10_000);
    // Approvals saved newer versions: typing the start of a name picks it, as in any select.
    await choice.focus();
    await page.keyboard.type("Elements");
    await eventually(async () => (await choice.locator("option:checked").innerText()).includes("Elements Paper"), "the base chosen", 5000);
    await tabTo(page, (el) => el.tag === "button" && el.text === "Submit final version", 5);
    await page.keyboard.press("Enter");
    const card = page.locator(".submission", { has: page.getByRole("heading", { name: "Submission 1" }) });
    await card.waitFor({ timeout: 30_000 });
    await card.getByText("The redline shows every change since the version “Elements Paper” as tracked changes.").waitFor();
    const { submissions } = (await chair.get(`${base}/submissions`)).body as { submissions: { files: { format: string; sha256: string }[] }[] };
    const redline = submissions[0]!.files.find((f) => f.format === "redline")!;
    await card.locator("code.hash", { hasText: redline.sha256 }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download"), card.getByRole("link", { name: /Download Word with changes against the base text/ }).click()]);
    expect(createHash("sha256").update(await readFile((await download.path())!)).digest("hex")).toBe(redline.sha256);
    await expectAccessible(page, "submission with a redline");
    await card.screenshot({ path: join(SHOTS, "submission-redline.png") });
  });
});
