import type { Locale } from "../../../shared/i18n/locales";
import english from "./messages/en.json";

// One catalogue per language, keyed by stable ids ("signIn.title"); English is the source every other catalogue
// translates, and the fallback for a key a catalogue lacks (catalogues.test.ts fails the build before that ships).

export type MessageId = keyof typeof english;
export type Catalogue = Record<MessageId, string>;

export const ENGLISH: Catalogue = english;

// The other five are loaded when chosen: a reader downloads their own language, not all six.
const LOADERS: Record<Exclude<Locale, "en">, () => Promise<{ default: Partial<Catalogue> }>> = {
  ar: () => import("./messages/ar.json"),
  zh: () => import("./messages/zh.json"),
  fr: () => import("./messages/fr.json"),
  ru: () => import("./messages/ru.json"),
  es: () => import("./messages/es.json"),
};

export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === "en") return ENGLISH;
  const { default: messages } = await LOADERS[locale]();
  return { ...ENGLISH, ...messages };
}
