import { describe, expect, it } from "vitest";
import type { BrowserContextOptions, Page } from "playwright-core";
import { browserSuite } from "../helpers/browserSuite";
import { expectAccessible, screenshot } from "../helpers/browser";
import { createClient } from "../helpers/http";
import { approveSection } from "../helpers/approve";
import { DEMO_PASSWORD, demoEmail } from "../../server/seed/demo";

// The interface in the six languages, in Debian's Chromium against the real server and the built client: the
// browser's languages as the first guess, Arabic laid out right to left, the menu's choice kept on the device and
// with the account.

const WIDE = { width: 1440, height: 900 };
const NARROW = { width: 390, height: 844 };

describe("the interface in six languages", () => {
  const suite = browserSuite();

  async function open(options: BrowserContextOptions, path = "/login"): Promise<Page> {
    const context = await suite.newContext(options);
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    page.on("pageerror", (error) => {
      throw error;
    });
    await page.goto(`${suite.server().url}${path}`);
    return page;
  }

  const html = (page: Page) => page.evaluate(() => ({ lang: document.documentElement.lang, dir: document.documentElement.dir }));

  /**
   * Nothing wider than the window, and no visible element reaching past its sides: what does not fit wraps, or
   * scrolls inside a box of its own (a wide table in its scrolling region). The visually-hidden texts (1px, clipped)
   * are for screen readers and are left out.
   */
  async function expectNoOverflow(page: Page, name: string): Promise<void> {
    const outside = await page.evaluate(() => {
      const width = document.documentElement.clientWidth;
      const found: string[] = [];
      const scrollsInside = (element: HTMLElement): boolean => {
        for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
          const overflow = getComputedStyle(box).overflowX;
          if (overflow === "auto" || overflow === "scroll") return true;
        }
        return false;
      };
      if (document.documentElement.scrollWidth > width) found.push(`page ${document.documentElement.scrollWidth}px wide in ${width}px`);
      for (const element of document.body.querySelectorAll<HTMLElement>("*")) {
        const box = element.getBoundingClientRect();
        if (box.width <= 1 || box.height <= 1 || scrollsInside(element)) continue;
        if (getComputedStyle(element).visibility === "hidden") continue;
        if (box.left < -0.5 || box.right > width + 0.5) found.push(`${element.tagName.toLowerCase()}.${element.className} ${Math.round(box.left)}..${Math.round(box.right)}`);
        // Text cut off inside its own box (overflow hidden or clipped by a fixed width).
        if (element.scrollWidth > element.clientWidth + 1 && getComputedStyle(element).overflowX === "hidden") found.push(`clipped ${element.tagName.toLowerCase()}.${element.className}`);
      }
      return found;
    });
    expect(outside, name).toEqual([]);
  }

  async function signIn(page: Page, local: string, labels: { email: string; password: string; submit: string }): Promise<void> {
    await page.getByLabel(labels.email).fill(demoEmail(local));
    await page.getByLabel(labels.password, { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole("button", { name: labels.submit, exact: true }).click();
  }

  it("shows the sign-in page in Arabic, right to left, accessible and without overflow, at 1440 and 390 px", async () => {
    for (const [viewport, size] of [
      [WIDE, "1440"],
      [NARROW, "390"],
    ] as const) {
      const page = await open({ viewport, locale: "ar-EG" });
      await page.getByRole("heading", { name: "تسجيل الدخول", level: 1 }).waitFor();
      expect(await html(page)).toEqual({ lang: "ar", dir: "rtl" });
      expect(await page.title()).toBe("تسجيل الدخول · Penholder");
      await page.getByLabel("عنوان البريد الإلكتروني").waitFor();
      await page.getByLabel("كلمة المرور", { exact: true }).waitFor();
      await page.getByRole("button", { name: "اللغة: العربية" }).waitFor();

      // Mirrored: the language menu sits at the card's left (its end edge), the field labels start at its right.
      const card = (await page.locator(".solo-page__card").boundingBox())!;
      const menu = (await page.getByRole("button", { name: "اللغة: العربية" }).boundingBox())!;
      expect(menu.x).toBeLessThan(card.x + card.width / 2);
      const label = (await page.locator("label[for=login-email]").boundingBox())!;
      expect(card.x + card.width - (label.x + label.width)).toBeLessThan(60);

      await expectNoOverflow(page, `sign-in, Arabic, ${size}`);
      await expectAccessible(page, `sign-in, Arabic, ${size}`);
      await screenshot(page, `languages-signin-ar-${size}`);

      // A failed sign-in is said in Arabic too.
      await page.getByLabel("عنوان البريد الإلكتروني").fill(demoEmail("observer"));
      await page.getByLabel("كلمة المرور", { exact: true }).fill("not the password");
      await page.getByRole("button", { name: "تسجيل الدخول", exact: true }).click();
      await page.getByRole("alert").getByText("عنوان البريد الإلكتروني أو كلمة المرور غير صحيحين.").waitFor();
      await page.context().close();
    }
  });

  it("guesses Chinese from a browser that asks for it (Accept-Language zh) before anyone signs in", async () => {
    for (const [viewport, size] of [
      [WIDE, "1440"],
      [NARROW, "390"],
    ] as const) {
      const context = await suite.newContext({ viewport, locale: "zh-CN" });
      const page = await context.newPage();
      const asked = page.waitForRequest((request) => request.url().endsWith("/login"));
      await page.goto(`${suite.server().url}/login`);
      expect((await (await asked).allHeaders())["accept-language"]).toMatch(/^zh/);
      await page.getByRole("heading", { name: "登录", level: 1 }).waitFor();
      expect(await html(page)).toEqual({ lang: "zh-Hans", dir: "ltr" });
      await page.getByText("逐节共同起草一份联合文件。").waitFor();
      await expectNoOverflow(page, `sign-in, Chinese, ${size}`);
      await expectAccessible(page, `sign-in, Chinese, ${size}`);
      await screenshot(page, `languages-signin-zh-${size}`);
      await context.close();
    }
  });

  it("lays the documents page out right to left in Arabic and in Chinese without overflow, at 1440 and 390 px", async () => {
    for (const [locale, heading, tag] of [
      ["ar", "الوثائق", "ar"],
      ["zh", "文件", "zh"],
    ] as const) {
      for (const [viewport, size] of [
        [WIDE, "1440"],
        [NARROW, "390"],
      ] as const) {
        const page = await open({ viewport, locale });
        const labels =
          locale === "ar"
            ? { email: "عنوان البريد الإلكتروني", password: "كلمة المرور", submit: "تسجيل الدخول" }
            : { email: "电子邮件地址", password: "密码", submit: "登录" };
        await signIn(page, "mag.chair", labels);
        await page.getByRole("heading", { name: heading, level: 1 }).waitFor();
        await page.locator(".document-card").first().waitFor();
        await page.locator(".needs__panel").first().waitFor();
        expect((await html(page)).dir).toBe(locale === "ar" ? "rtl" : "ltr");
        await expectNoOverflow(page, `documents, ${locale}, ${size}`);
        await expectAccessible(page, `documents, ${locale}, ${size}`);
        await screenshot(page, `languages-documents-${tag}-${size}`);
        await page.context().close();
      }
    }
  });

  it("keeps the language chosen in the menu: on the device before sign-in, with the account after", async () => {
    // Before sign-in, from the keyboard: the button names the current language, the list opens under it.
    const page = await open({ viewport: WIDE, locale: "en-GB" });
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    const button = page.getByRole("button", { name: "Language: English" });
    await button.focus();
    await page.keyboard.press("Enter");
    expect(await button.getAttribute("aria-expanded")).toBe("true");
    await expect(page.getByRole("list", { name: "Interface language" }).getByRole("button").allInnerTexts()).resolves.toEqual([
      "العربية",
      "中文",
      "English",
      "Français",
      "Русский",
      "Español",
    ]);
    await page.keyboard.press("Escape");
    expect(await button.getAttribute("aria-expanded")).toBe("false");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("Language: English");
    await page.keyboard.press("Enter");
    for (let i = 0; i < 5; i++) await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Русский");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "Вход", level: 1 }).waitFor();
    expect(await html(page)).toEqual({ lang: "ru", dir: "ltr" });
    await page.reload();
    await page.getByRole("heading", { name: "Вход", level: 1 }).waitFor();

    // Signed in with no choice of their own, the person keeps the device's; a choice in the menu goes to the account.
    await signIn(page, "wg4.member", { email: "Адрес электронной почты", password: "Пароль", submit: "Войти" });
    await page.getByRole("heading", { name: "Документы", level: 1 }).waitFor();
    await page.getByRole("button", { name: "Язык: Русский" }).click();
    await page.getByRole("button", { name: "Español" }).click();
    await page.getByRole("heading", { name: "Documentos", level: 1 }).waitFor();
    await page.getByRole("link", { name: "Bandeja de entrada" }).waitFor();
    expect(await html(page)).toEqual({ lang: "es", dir: "ltr" });
    await expect.poll(() => page.evaluate(async () => (await (await fetch("/api/me")).json()).user.locale)).toBe("es");
    await page.reload();
    await page.getByRole("heading", { name: "Documentos", level: 1 }).waitFor();

    // Another device, whose browser asks for English: the account's choice wins once signed in.
    const elsewhere = await open({ viewport: NARROW, locale: "en-GB" });
    await elsewhere.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    await signIn(elsewhere, "wg4.member", { email: "Email address", password: "Password", submit: "Sign in" });
    await elsewhere.getByRole("heading", { name: "Documentos", level: 1 }).waitFor();
    // ...and stays on that device's sign-in page after signing out.
    await elsewhere.getByRole("button", { name: "Cerrar sesión" }).click();
    await elsewhere.getByRole("heading", { name: "Iniciar sesión", level: 1 }).waitFor();
    await elsewhere.context().close();
    await page.context().close();

    // The API agrees, for scripts.
    const client = createClient(suite.server().url);
    expect((await client.loginAs("wg4.member")).body.user.locale).toBe("es");
  });

  it("lays out the secretariat's users page and the invitation page in Arabic and in Chinese, at 1440 and 390 px", async () => {
    const secretariat = createClient(suite.server().url);
    await secretariat.loginAs("secretariat");
    const { body } = await secretariat.get<{ groups: { id: string }[] }>("/api/groups");
    for (const [locale, words] of [
      ["ar", { email: "عنوان البريد الإلكتروني", password: "كلمة المرور", submit: "تسجيل الدخول", documents: "الوثائق", users: "المستخدمون", join: "الانضمام إلى Penholder", name: "اسمك" }],
      ["zh", { email: "电子邮件地址", password: "密码", submit: "登录", documents: "文件", users: "用户", join: "加入 Penholder", name: "您的姓名" }],
    ] as const) {
      for (const [viewport, size] of [
        [WIDE, "1440"],
        [NARROW, "390"],
      ] as const) {
        const admin = await open({ viewport, locale });
        await signIn(admin, "secretariat", { email: words.email, password: words.password, submit: words.submit });
        await admin.getByRole("heading", { name: words.documents, level: 1 }).waitFor();
        await admin.goto(`${suite.server().url}/admin/users`);
        await admin.getByRole("heading", { name: words.users, level: 2 }).waitFor();
        await admin.getByText(demoEmail("wg1.member")).waitFor();
        expect((await html(admin)).dir).toBe(locale === "ar" ? "rtl" : "ltr");
        await expectNoOverflow(admin, `admin users, ${locale}, ${size}`);
        await expectAccessible(admin, `admin users, ${locale}, ${size}`);
        await screenshot(admin, `languages-admin-users-${locale}-${size}`);
        await admin.context().close();

        const created = await secretariat.post<{ invitation: { url: string } }>("/api/invitations", {
          email: `invitee.${locale}.${size}@example.org`,
          role: "member",
          groupIds: body.groups.slice(0, 2).map((group) => group.id),
          expiresInHours: 48,
        });
        expect(created.status).toBe(201);
        const invitee = await open({ viewport, locale }, new URL(created.body.invitation.url, suite.server().url).pathname);
        await invitee.getByRole("heading", { name: words.join, level: 1 }).waitFor();
        await invitee.getByLabel(words.name).waitFor();
        await expectNoOverflow(invitee, `invitation, ${locale}, ${size}`);
        await expectAccessible(invitee, `invitation, ${locale}, ${size}`);
        await screenshot(invitee, `languages-invitation-${locale}-${size}`);
        await invitee.context().close();
      }
    }
  }, 120_000);
  it("reads the server's words again in the language the menu switches to, without reloading the page", async () => {
    // A chair approves a section: the server names the version it keeps ("“Introduction” approved") itself.
    const chair = createClient(suite.server().url);
    await chair.loginAs("mag.chair");
    const documentId = (await chair.get("/api/documents")).body.documents[0].id as string;
    const sections = (await chair.get(`/api/documents/${documentId}`)).body.document.sections as { id: string; title: string; status: string }[];
    const inReview = sections.find((section) => section.status === "in_review")!;
    expect((await approveSection(chair, documentId, inReview.id)).status).toBe(200);

    const page = await open({ viewport: WIDE, locale: "en-GB" });
    await signIn(page, "wg5.member", { email: "Email address", password: "Password", submit: "Sign in" });
    await page.getByRole("heading", { name: "Documents", level: 1 }).waitFor();
    await page.goto(`${suite.server().url}/documents/${documentId}`);
    // The document's activity: sentences the server writes in the language the page asks in.
    await page.getByText("Activity", { exact: true }).click();
    const approved = page.getByRole("listitem").filter({ hasText: `approved 1. ${inReview.title}` });
    await approved.first().waitFor();
    await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));

    await page.getByRole("button", { name: "Language: English" }).click();
    await page.getByRole("button", { name: "Français" }).click();
    await page.getByRole("listitem").filter({ hasText: `a approuvé 1. ${inReview.title}` }).first().waitFor();
    expect(await approved.count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
    await page.context().close();
  });
});
