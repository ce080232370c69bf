import type { Translate } from "../../i18n/useLocale";

/** "+120 words", "−45 words": signs as a reader writes them (a true minus sign, not a hyphen). */
export const plusWords = (t: Translate, count: number): string => t("versions.words.plus", { count });
export const minusWords = (t: Translate, count: number): string => t("versions.words.minus", { count });
/** "+120 words, −45 words", joined as the language writes a pair. */
export const wordChanges = (t: Translate, inserted: number, deleted: number): string =>
  t("versions.words.both", { inserted: plusWords(t, inserted), deleted: minusWords(t, deleted) });
