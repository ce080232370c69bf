import { isLocale, type Locale } from "../../../shared/i18n/locales";

// The language chosen on this device, for the pages before sign-in. Storage may be switched off (private
// windows, strict settings): the choice then lasts as long as the page.

const KEY = "penholder.locale";

export function deviceChoice(): Locale | null {
  try {
    const stored = window.localStorage.getItem(KEY);
    return isLocale(stored) ? stored : null;
  } catch {
    return null; // storage switched off: no choice remembered here
  }
}

export function rememberOnDevice(locale: Locale): void {
  try {
    window.localStorage.setItem(KEY, locale);
  } catch {
    // storage switched off: the account (once signed in) still keeps the choice
  }
}
