import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { WebSocketRoute } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, caretToEnd, expectAccessible, liveText, openIn, savedSection, sectionScreenshot } from "../helpers/documentPage";
import { refusedFrame } from "../../server/collab/messages";
import { refusalMessage } from "../../server/collab/refusalMessages";

const FUNDING = "Sustainable funding";

// "Not saved" must be true. The browser cannot know, when a refusal arrives, whether the server lacks anything:
// it keeps the text at once, and once the fresh document has synced it looks. When the server has every refused
// change after all (as when it once took an unwritten clientID from its owner and refused text it had stored by
// another way), the alert is withdrawn, nothing is listed as not saved, and the page says so.
describe("a refusal is told only when something was lost", () => {
  const { server, fx, newContext } = browserSuite();

  it("withdraws the alert when the fresh document shows the server has everything", async () => {
    const context = await newContext();
    // The real server behind a pass-through: the test adds one frame of its own, the refusal under test.
    const sockets: WebSocketRoute[] = [];
    await context.routeWebSocket(/\/collab\//, (socket) => {
      socket.connectToServer();
      sockets.push(socket);
    });
    const { page } = await openIn(context, server().url, fx().documentId, "wg1.member");
    await caretToEnd(page, FUNDING);
    await page.keyboard.press("Enter");
    await page.keyboard.type("Stored before the refusal came.", { delay: 5 });
    const stored = () => savedSection(server().url, fx().documentId, fx().section(FUNDING));
    await expect.poll(stored, POLL).toContain("Stored before the refusal came.");

    const refusal = { reason: "foreign_client_id", sectionId: null, message: refusalMessage("foreign_client_id", undefined) } as const;
    sockets.at(-1)!.send(Buffer.from(refusedFrame(refusal)));

    const status = page.getByRole("status").filter({ hasText: "saved after all" });
    await status.waitFor();
    expect(await status.innerText()).toBe("Your changes are saved after all: the server's document has everything you wrote.");
    expect(await page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(0);
    expect(await page.getByRole("region", { name: /Text not saved/ }).count()).toBe(0);
    await expect.poll(() => liveText(page, FUNDING), POLL).toContain("Stored before the refusal came.");
    await page.screenshot({ path: join("test-results", "screenshots", "refusal-saved-after-all.png") });
    await sectionScreenshot(page, FUNDING, "refusal-saved-after-all-section");
    await expectAccessible(page, "a refusal withdrawn");
  });
});
