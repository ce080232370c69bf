import { describe, expect, it } from "vitest";
import { join } from "node:path";
import type { WebSocketRoute } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, caretToEnd, expectAccessible, openIn, savedSection } from "../helpers/documentPage";
import { CLOSE } from "../../shared/collab/protocol";

const FUNDING = "Sustainable funding";

// A connection the server resets for sending too fast (close 4029) is reopened by the client: the page says what
// happened and that nothing is lost, the text typed meanwhile is saved, and the notice goes once back in step.
describe("a connection reset for sending too fast", () => {
  const { server, fx, newContext } = browserSuite();

  it("says so, reconnects on its own, and keeps what was typed", async () => {
    const context = await newContext();
    const sockets: WebSocketRoute[] = [];
    let holdBack = false;
    const held: Array<() => void> = [];
    await context.routeWebSocket(/\/collab\//, (socket) => {
      const upstream = socket.connectToServer();
      sockets.push(socket);
      // While held back, what the page sends waits, in order: the notice can be read before it is back in step.
      socket.onMessage((message) => {
        if (holdBack) held.push(() => upstream.send(message));
        else upstream.send(message);
      });
    });
    const { page } = await openIn(context, server().url, fx().documentId, "wg1.member");
    await caretToEnd(page, FUNDING);
    holdBack = true;
    await sockets.at(-1)!.close({ code: CLOSE.tooFast.code, reason: CLOSE.tooFast.reason });
    const notice = page.getByRole("status").filter({ hasText: "faster than the server accepts" });
    await notice.waitFor();
    await page.keyboard.press("Enter");
    await page.keyboard.type("Typed while reconnecting.", { delay: 5 });
    await page.screenshot({ path: join("test-results", "screenshots", "reset-notice.png") });
    await notice.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join("test-results", "screenshots", "reset-notice-top.png") });
    await expectAccessible(page, "the reset notice");
    holdBack = false;
    for (const send of held.splice(0)) send();
    await expect.poll(() => savedSection(server().url, fx().documentId, fx().section(FUNDING)), POLL).toContain("Typed while reconnecting.");
    await expect.poll(() => notice.count(), POLL).toBe(0);
  });
});
