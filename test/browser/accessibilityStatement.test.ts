import { describe, expect, it } from "vitest";
import { screenshot, tabTo } from "../helpers/browser";
import { browserSuite } from "../helpers/browserSuite";
import { expectAccessible } from "../helpers/documentPage";

const CONTACT = "access@igf.example.org";

// The statement is reached from every page, by keyboard too, before and after signing in, and tells people where
// to report a barrier.
describe("the accessibility statement", () => {
  const { server, newContext, person } = browserSuite({ server: { accessibilityContact: CONTACT } });

  it("is one link away from the sign-in page, by keyboard alone, and gives the contact the server was set up with", async () => {
    const page = await (await newContext()).newPage();
    await page.goto(`${server().url}/login`);
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await tabTo(page, (el) => el.tag === "a" && el.text === "Accessibility statement");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Accessibility statement", level: 1 }).waitFor();
    expect(await page.title()).toContain("Accessibility statement");
    const main = page.getByRole("main");
    await main.getByText("partially conforms").waitFor();
    expect(await main.getByRole("link", { name: CONTACT }).getAttribute("href")).toBe(`mailto:${CONTACT}`);
    expect(await main.getByRole("heading", { level: 2 }).allInnerTexts()).toEqual(["How far Penholder conforms", "How we check", "Known limits", "Report a barrier"]);
    expect(await main.locator("h2:has-text('Known limits') + ul > li").count()).toBeGreaterThan(0);
    await expectAccessible(page, "accessibility statement");
    await screenshot(page, "accessibility-statement-1440");

    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expectAccessible(page, "accessibility statement, phone");
    await screenshot(page, "accessibility-statement-390");
  });

  it("is linked under a signed-in page too, and leads back", async () => {
    const { page } = await person("observer");
    const link = page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" });
    await link.click();
    await page.getByRole("heading", { name: "Accessibility statement", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Back to Penholder" }).click();
    await page.getByRole("heading", { name: "Accessibility statement", level: 1 }).waitFor({ state: "detached" });
    await page.getByRole("contentinfo").getByRole("link", { name: "Accessibility statement" }).waitFor();
  });
});
