import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { PasswordSchema } from "../../../shared/api/auth";
import { UserCreateSchema } from "../../../shared/api/users";
import { LOCALES, type Locale } from "../../../shared/i18n/locales";
import { loadCatalogue } from "../i18n/catalogues";
import { createTranslate } from "../i18n/translator";
import { fieldErrorsOf } from "./formErrors";

const wordsIn = async (locale: Locale) => ({ t: createTranslate(locale, await loadCatalogue(locale)), locale });
const readJson = (path: string): Record<string, string> => JSON.parse(readFileSync(new URL(path, import.meta.url), "utf8")) as Record<string, string>;

const FIELDS = ["email", "name", "role", "password", "groupIds"] as const;
const wrong = { email: "not an address", name: "Amina", role: "member", password: "short", groupIds: [] };

describe("a form's errors by the request schema", () => {
  it("say our schemas' rules in the reader's language", async () => {
    const french = fieldErrorsOf(UserCreateSchema, wrong, FIELDS, await wordsIn("fr"));
    expect(french.fields).toEqual({
      email: "Saisissez une adresse électronique telle que name@example.org.",
      password: "Utilisez au moins 10 caractères.",
    });
    const arabic = fieldErrorsOf(UserCreateSchema, wrong, FIELDS, await wordsIn("ar"));
    expect(arabic.fields.password).toBe("استخدم 10 أحرف على الأقل.");
  });

  it("say zod's own rules through zod's words for the language, and English word for word as before", async () => {
    const tooLong = { ...wrong, email: "amina@example.org", password: "long enough now", name: "x".repeat(121) };
    const russian = fieldErrorsOf(UserCreateSchema, tooLong, FIELDS, await wordsIn("ru"));
    expect(russian.fields.name).toMatch(/[а-я]/);
    const english = fieldErrorsOf(UserCreateSchema, wrong, FIELDS, await wordsIn("en"));
    expect(english.fields).toEqual({ email: "Enter an email address like name@example.org.", password: "Use at least 10 characters." });
  });

  it("prefer the form's own words for a field, and keep an issue on a field the form does not show", async () => {
    const words = await wordsIn("es");
    const result = fieldErrorsOf<{ email: string; name: string }>(UserCreateSchema, wrong, ["email", "name"], words, { email: "¿Su correo?" });
    expect(result.fields).toEqual({ email: "¿Su correo?" });
    expect(result.form).toBe("Use al menos 10 caracteres.");
  });
});

describe("the validation catalogue", () => {
  it("holds the sentence the password rule gives, so the number in it stays the rule's", () => {
    const result = PasswordSchema.safeParse("short");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(readJson("../i18n/messages/validation/en.json")["validation.passwordLength"]);
  });

  it.each(LOCALES)("says in %s exactly what the server's catalogue says", (locale) => {
    const server = readJson(`../../../server/i18n/messages/${locale}.json`);
    const client = readJson(`../i18n/messages/validation/${locale}.json`);
    const serverValidation = Object.fromEntries(Object.entries(server).filter(([id]) => id.startsWith("validation.")));
    expect(client).toEqual(serverValidation);
  });
});
