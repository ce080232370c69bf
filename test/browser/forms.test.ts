import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { expectAccessible, screenshot } from "../helpers/browser";
import { browserSuite } from "../helpers/browserSuite";
import { DEMO_PASSWORD, demoEmail } from "../../server/seed/demo";

// The forms share one hook and the request schemas the server validates with: what a person is told about a
// field comes from the same rule the server would apply, focus goes to the first field to fix, and the form
// works from the keyboard. Driven in Debian's Chromium against the real server.
describe("forms in a browser", () => {
  const suite = browserSuite();

  async function newPage(viewport = { width: 1440, height: 900 }): Promise<Page> {
    const page = await (await suite.newContext({ viewport })).newPage();
    page.on("pageerror", (error) => {
      throw error;
    });
    return page;
  }

  const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? null);
  const errorOf = (page: Page, id: string) => page.locator(`#${id}-error`).innerText();

  async function signIn(page: Page, local: string): Promise<void> {
    await page.goto(`${suite.server().url}/login`);
    await page.getByLabel("Email address").fill(demoEmail(local));
    await page.getByLabel("Password").fill(DEMO_PASSWORD);
    await page.getByLabel("Password").press("Enter");
    await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
  }

  it("sign-in: an empty form is explained field by field, focus on the first, by keyboard alone", async () => {
    for (const [width, height] of [
      [1440, 900],
      [390, 844],
    ] as const) {
      const page = await newPage({ width, height });
      await page.goto(`${suite.server().url}/login`);
      await page.getByLabel("Email address").focus();
      await page.keyboard.press("Enter");
      await page.locator("#login-email-error").waitFor();
      expect(await errorOf(page, "login-email")).toMatch(/Enter an email address like name@example\.org/);
      expect(await errorOf(page, "login-password")).toMatch(/Enter your password/);
      expect(await focusedId(page)).toBe("login-email");
      expect(await page.getByLabel("Email address").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, `sign-in errors at ${width}`);
      await screenshot(page, `forms-login-errors-${width}`);

      // Typing into a field clears its message; the other stays until it is fixed.
      await page.keyboard.type(demoEmail("wg1.member"));
      expect(await page.locator("#login-email-error").count()).toBe(0);
      await page.keyboard.press("Enter");
      await page.locator("#login-password-error").waitFor();
      expect(await focusedId(page)).toBe("login-password");
      await page.keyboard.type(DEMO_PASSWORD);
      await page.keyboard.press("Enter");
      await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
    }
  });

  it("admin: a group and an invitation, with the shared rules' messages; the invitee's password by the same rule", async () => {
    const admin = await newPage();
    await signIn(admin, "secretariat");
    await admin.goto(`${suite.server().url}/admin/groups`);
    await admin.getByRole("heading", { name: "Create a group" }).waitFor();

    // Nothing typed: the name is asked for in this form's words, the short name by the schema's rule.
    await admin.getByRole("button", { name: "Create group" }).click();
    await admin.locator("#new-group-name-error").waitFor();
    expect(await errorOf(admin, "new-group-name")).toMatch(/Enter the group's name/);
    expect(await errorOf(admin, "new-group-slug")).toMatch(/2 to 40 lowercase letters, digits and hyphens/);
    expect(await focusedId(admin)).toBe("new-group-name");
    await expectAccessible(admin, "group form errors");
    await screenshot(admin, "forms-group-errors-1440");

    await admin.keyboard.type("WG6 Youth engagement");
    expect(await admin.getByLabel("Short name").inputValue()).toBe("wg6-youth-engagement");
    await admin.keyboard.press("Enter");
    await admin.getByRole("link", { name: "WG6 Youth engagement" }).waitFor();
    // The form is empty again for the next group.
    expect(await admin.getByLabel("Name", { exact: true }).inputValue()).toBe("");

    await admin.goto(`${suite.server().url}/admin/invitations`);
    await admin.getByRole("heading", { name: "Invite someone" }).waitFor();
    await admin.getByLabel("Email address").fill("not an address");
    await admin.getByLabel("Link valid for (hours)").fill("0");
    await admin.getByRole("button", { name: "Create invitation link" }).click();
    await admin.locator("#invite-email-error").waitFor();
    expect(await errorOf(admin, "invite-email")).toMatch(/Enter an email address like name@example\.org/);
    expect(await errorOf(admin, "invite-hours")).toMatch(/whole number of hours from 1 to 720/);
    expect(await focusedId(admin)).toBe("invite-email");
    await expectAccessible(admin, "invitation form errors");

    await admin.getByLabel("Email address").fill("Youth.Lead@Example.org");
    await admin.getByLabel("Link valid for (hours)").fill("48");
    await admin.getByRole("button", { name: "Create invitation link" }).click();
    const link = await admin.locator("#created-link-url").inputValue();
    expect(link).toMatch(/\/invite\//);
    // The schema's own normalising reached the server: the address is stored as the schema writes it.
    await admin.getByText("youth.lead@example.org").first().waitFor();

    const invitee = await newPage({ width: 390, height: 844 });
    await invitee.goto(link);
    await invitee.getByLabel("Your name").waitFor();
    await invitee.getByLabel("Choose a password").fill("short");
    await invitee.getByLabel("Type the password again").fill("different");
    await invitee.getByRole("button", { name: "Create account and sign in" }).click();
    await invitee.locator("#invite-name-error").waitFor();
    expect(await errorOf(invitee, "invite-name")).toMatch(/Enter your name as colleagues should see it/);
    expect(await errorOf(invitee, "invite-password")).toMatch(/Use at least 10 characters/);
    expect(await errorOf(invitee, "invite-confirm")).toMatch(/not the same/);
    expect(await focusedId(invitee)).toBe("invite-name");
    await expectAccessible(invitee, "invitation acceptance errors");
    await screenshot(invitee, "forms-invite-errors-390");

    await invitee.keyboard.type("Youth Lead");
    await invitee.getByLabel("Choose a password").fill("a long enough passphrase");
    await invitee.getByLabel("Type the password again").fill("a long enough passphrase");
    await invitee.getByLabel("Type the password again").press("Enter");
    await invitee.getByRole("heading", { name: "Documents", level: 1 }).waitFor();

    // Row actions share the action hook: revoking a pending invitation takes its row away and says so.
    await admin.getByLabel("Email address").fill("observer@example.org");
    await admin.getByRole("button", { name: "Create invitation link" }).click();
    await admin.locator("#created-link-url").waitFor();
    admin.once("dialog", (dialog) => void dialog.accept());
    await admin.getByRole("button", { name: "Revoke the invitation for observer@example.org" }).click();
    await admin.getByText("The invitation for observer@example.org is revoked; its link no longer works.").waitFor();
    expect(await admin.getByRole("row", { name: /observer@example\.org/ }).count()).toBe(0);
  });
});
