import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { join } from "node:path";
import { browserSuite } from "../helpers/browserSuite";
import { POLL, caretToEnd, expectAccessible, liveText, savedSection, sectionScreenshot, waitOnline } from "../helpers/documentPage";

const FUNDING = "Sustainable funding";
/** y-protocols drops a peer's presence 30 s after its last renewal (outdatedTimeout): the wait must pass that. */
const PRESENCE_TIMEOUT = { timeout: 45_000, interval: 250 };

// A member opens the paper and, before writing anything in this visit, loses the network; they write offline
// while a colleague keeps editing the same section. Their Yjs clientID has announced presence but never written,
// so nobody owns it yet. The colleague's client drops the member's presence (told by the server, or by its own
// 30 s timeout) and, as the stock y-websocket client does, announces that removal to the server: that must not
// hand the member's clientID to the colleague. On reconnect the offline work merges, and no "not saved" message
// appears for text that was saved.
function offlineFirstEdit(name: string, options: Parameters<typeof browserSuite>[0], wait: { timeout: number; interval: number }) {
  const { server, fx, person } = browserSuite(options);

  async function typeLine(page: Page, text: string): Promise<void> {
    await caretToEnd(page, FUNDING);
    await page.keyboard.press("Enter");
    await page.keyboard.type(text, { delay: 5 });
  }

  const serverText = () => savedSection(server().url, fx().documentId, fx().section(FUNDING));

  const presenceOf = (page: Page) => page.getByRole("region", { name: /Here now/ });

  it("merges on reconnect, with no false alarm", { timeout: 120_000 }, async () => {
    const a = await person("wg1.member");
    const b = await person("wg1.second");
    // Amara's presence has reached the server (and Lucía): her clientID is announced, and unwritten.
    await presenceOf(b.page).getByText("Amara Okafor").waitFor();

    await a.context.setOffline(true);
    await a.page.locator(".connection", { hasText: "Offline" }).waitFor();
    await typeLine(a.page, "Amara wrote this offline, first thing in her visit.");
    await typeLine(b.page, "Lucía keeps editing while Amara is away.");

    // Lucía's client drops Amara's presence and tells the server so.
    await expect.poll(() => presenceOf(b.page).innerText(), wait).not.toContain("Amara Okafor");
    await typeLine(b.page, "And more, after Amara's presence went.");
    await sectionScreenshot(a.page, FUNDING, `offline-first-edit-${name}-offline`);

    await a.context.setOffline(false);
    await waitOnline(a.page);

    await expect.poll(() => liveText(b.page, FUNDING), POLL).toContain("Amara wrote this offline, first thing in her visit.");
    await expect.poll(serverText, POLL).toContain("Amara wrote this offline, first thing in her visit.");
    await expect.poll(() => liveText(a.page, FUNDING), POLL).toContain("And more, after Amara's presence went.");
    await expect.poll(async () => (await liveText(a.page, FUNDING)) === (await liveText(b.page, FUNDING)), POLL).toBe(true);
    expect(await a.page.getByRole("alert").filter({ hasText: "Not saved" }).count()).toBe(0);
    expect(await a.page.getByRole("region", { name: /Text not saved/ }).count()).toBe(0);
    await a.page.screenshot({ path: join("test-results", "screenshots", `offline-first-edit-${name}-merged.png`) });
    await sectionScreenshot(a.page, FUNDING, `offline-first-edit-${name}-merged-section`);
    await expectAccessible(a.page, "document after the offline work merged");
  });
}

describe("the first edit of a visit, made offline while a colleague edits: the server notices the member left", () => {
  // A heartbeat of a second: the server drops the member's silent connection at once and tells everyone.
  offlineFirstEdit("server-notices", { server: { collab: { heartbeatMs: 1000 } } }, POLL);
});

describe("the first edit of a visit, made offline while a colleague edits: presence times out", () => {
  offlineFirstEdit("presence-timeout", {}, PRESENCE_TIMEOUT);
});
