import type { Locale } from "../../../shared/i18n/locales";
import shellEn from "./messages/shell/en.json";
import accessibilityEn from "./messages/accessibility/en.json";
import adminEn from "./messages/admin/en.json";
import collabEn from "./messages/collab/en.json";
import documentsEn from "./messages/documents/en.json";
import editorEn from "./messages/editor/en.json";
import exportsEn from "./messages/exports/en.json";
import importEn from "./messages/import/en.json";
import inboxEn from "./messages/inbox/en.json";
import inviteEn from "./messages/invite/en.json";
import layoutEn from "./messages/layout/en.json";
import reviewEn from "./messages/review/en.json";
import reviewQueueEn from "./messages/reviewQueue/en.json";
import shareEn from "./messages/share/en.json";
import submissionsEn from "./messages/submissions/en.json";
import suggestionsEn from "./messages/suggestions/en.json";
import validationEn from "./messages/validation/en.json";
import versionsEn from "./messages/versions/en.json";

// One catalogue per language, keyed by stable ids ("signIn.title"); English is the source every other catalogue
// translates, and the fallback for a key a catalogue lacks (catalogues.test.ts fails the build before that ships).
// Each language's messages are kept in one file per part of the app (messages/<area>/<language>.json, the areas
// following client/src/features), so that work on two parts never touches the same file; an id is unique across
// all of them (catalogues.test.ts).

export const ENGLISH = {
  ...shellEn,
  ...accessibilityEn,
  ...adminEn,
  ...collabEn,
  ...documentsEn,
  ...editorEn,
  ...exportsEn,
  ...importEn,
  ...inboxEn,
  ...inviteEn,
  ...layoutEn,
  ...reviewEn,
  ...reviewQueueEn,
  ...shareEn,
  ...submissionsEn,
  ...suggestionsEn,
  ...validationEn,
  ...versionsEn,
};

export type MessageId = keyof typeof ENGLISH;
export type Catalogue = Record<MessageId, string>;

type AreaFiles = Record<string, () => Promise<Partial<Catalogue>>>;

// The other five are loaded when chosen: a reader downloads their own language, not all six.
const LOADERS: Record<Exclude<Locale, "en">, AreaFiles> = {
  ar: import.meta.glob<Partial<Catalogue>>("./messages/*/ar.json", { import: "default" }),
  zh: import.meta.glob<Partial<Catalogue>>("./messages/*/zh.json", { import: "default" }),
  fr: import.meta.glob<Partial<Catalogue>>("./messages/*/fr.json", { import: "default" }),
  ru: import.meta.glob<Partial<Catalogue>>("./messages/*/ru.json", { import: "default" }),
  es: import.meta.glob<Partial<Catalogue>>("./messages/*/es.json", { import: "default" }),
};

export async function loadCatalogue(locale: Locale): Promise<Catalogue> {
  if (locale === "en") return ENGLISH;
  const areas = await Promise.all(Object.values(LOADERS[locale]).map((load) => load()));
  return Object.assign({ ...ENGLISH }, ...areas);
}
