import { describe, expect, it } from "vitest";
import { acceptedLanguages, chooseLocale } from "./requestLocale";

describe("Accept-Language", () => {
  it("orders ranges by q-value, keeps the header's order among equals, and drops q=0 and malformed ranges", () => {
    expect(acceptedLanguages("fr-CH, fr;q=0.9, en;q=0.8, de;q=0.7, *;q=0.5")).toEqual(["fr-CH", "fr", "en", "de", "*"]);
    expect(acceptedLanguages("en;q=0.1, ar, zh;q=0.5")).toEqual(["ar", "zh", "en"]);
    expect(acceptedLanguages("es;q=0, ru")).toEqual(["ru"]);
    expect(acceptedLanguages("fr;q=1.5, ru;q=abc, es;level=1, 12, ar")).toEqual(["ar"]);
    expect(acceptedLanguages(undefined)).toEqual([]);
  });

  it("reads at most the first 1 024 characters and 32 ranges", () => {
    expect(acceptedLanguages(`${"de,".repeat(40)}fr`)).toEqual(Array(32).fill("de"));
    expect(acceptedLanguages(`${"x".repeat(1100)}, fr`)).toEqual([]);
  });

  it("prefers the request's language, then the stored one, then English", () => {
    expect(chooseLocale("zh-TW", "ru")).toBe("zh");
    expect(chooseLocale("de, *", "ru")).toBe("ru");
    expect(chooseLocale("*", null)).toBe("en");
    expect(chooseLocale(undefined, undefined)).toBe("en");
  });
});
