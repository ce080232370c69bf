import { createContext } from "react";
import type { Locale } from "../../../shared/i18n/locales";
import type { Formats } from "../ui/formatDate";

export interface LocaleState {
  /** The language the interface is in now. */
  locale: Locale;
  /** Switches the interface; kept on this device, and with the account when someone is signed in. */
  choose(locale: Locale): Promise<void>;
  /** Dates, times, numbers and lists in that language. */
  formats: Formats;
}

export const LocaleContext = createContext<LocaleState | null>(null);
