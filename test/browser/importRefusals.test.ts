import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite";
import { createClient } from "../helpers/http";
import { screenshot } from "../helpers/browser";
import { expectAccessible } from "../helpers/documentPage";
import { slowUpload } from "../helpers/importUpload";
import { handmadeDocx, zip } from "../fixtures/import/handmade";
import { textBomb } from "../fixtures/import/oversized";

// The import's refusals as the admin sees them in Chromium: the server's own message in the form, never "can't
// reach the server", including a refusal sent before a 15 MB upload was read (the server answers, closes the
// connection and stops reading while the browser is still sending).

const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const POLL = { timeout: 30_000 };

describe("Word import refusals in the browser", { timeout: 120_000 }, () => {
  const { server, fx, newContext } = browserSuite();

  async function importForm(): Promise<Page> {
    const context = await newContext();
    const [name, value] = (await fx().cookie("secretariat")).split("=");
    await context.addCookies([{ name: name!, value: value!, url: server().url }]);
    const page = await context.newPage();
    await page.goto(`${server().url}/admin/documents`);
    await page.getByRole("region", { name: "Import from Word (.docx)" }).waitFor();
    return page;
  }

  async function importFile(page: Page, name: string, bytes: Uint8Array): Promise<string> {
    const form = page.getByRole("region", { name: "Import from Word (.docx)" });
    await form.getByLabel("Word file").setInputFiles({ name, mimeType: DOCX, buffer: Buffer.from(bytes) });
    await form.getByRole("button", { name: "Import" }).click();
    const alert = form.getByRole("alert");
    await alert.waitFor(POLL);
    return alert.innerText();
  }

  it("shows why a second import is refused while the first is read, though the refusal came before the upload was", async () => {
    // The same admin's first import, held open by another session: its body never ends until the test says.
    const other = createClient(server().url);
    await other.loginAs("secretariat");
    const file = handmadeDocx();
    const held = slowUpload(server(), other.cookie, file.subarray(0, 100), { query: "?filename=Held.docx" });

    const page = await importForm();
    const picture = new Uint8Array(15 * 1024 * 1024).map((_, i) => (i * 2654435761) >>> 24);
    const large = zip({ "word/document.xml": '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>', "word/media/image1.png": picture }, 0);
    const message = await importFile(page, "Large.docx", large);
    expect(message).toContain("Your import of “Held.docx” is still being read; wait for it to finish, then import again.");
    expect(message).not.toMatch(/can't reach the server/);
    await screenshot(page, "import-refused-one-at-a-time");
    await expectAccessible(page, "an import refused while another is read");

    held.finish(file.subarray(100));
    expect((await held.answer).status).toBe(201);
  });

  it("shows the text limit a small file broke", async () => {
    const page = await importForm();
    const message = await importFile(page, "Ninety kilobytes.docx", await textBomb(95_000_000));
    expect(message).toContain("The file holds more than 2,000,000 characters of text; a document to import may hold at most 2,000,000.");
    await screenshot(page, "import-refused-text-limit");
    await expectAccessible(page, "an import refused for its text");
  });
});
