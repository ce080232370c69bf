import { useCallback, useEffect, useLayoutEffect, useMemo, useState, type ReactNode } from "react";
import { IntlProvider } from "react-intl";
import { DEFAULT_LOCALE, INTL_TAGS, LANGUAGE_TAGS, directionOf, negotiateLocale, type Locale } from "../../../shared/i18n/locales";
import { api, unwrap } from "../api/client";
import { useSession } from "../session/useSession";
import { createFormats } from "../ui/formatDate";
import { ENGLISH, loadCatalogue, type Catalogue } from "./catalogues";
import { LocaleContext, type LocaleState } from "./LocaleContext";
import { deviceChoice, rememberOnDevice } from "./deviceChoice";

interface Loaded {
  /** The language asked for. */
  wanted: Locale;
  /** The language shown: the one wanted, or English when its catalogue could not be fetched (offline). */
  shown: Locale;
  messages: Catalogue;
}

/**
 * Which language the interface speaks: the signed-in person's stored choice; otherwise the choice made on this
 * device (the menu on the sign-in page); otherwise the first of the browser's languages that is one of the six
 * (navigator.languages, the list the browser also sends as Accept-Language); otherwise English. Sets `<html
 * lang dir>` to match, so the whole page turns right to left in Arabic and screen readers speak the right language.
 */
export function LocaleProvider({ children }: { children: ReactNode }) {
  const { state, signedIn } = useSession();
  const account = state.status === "signedIn" ? state.user : null;
  const [onDevice, setOnDevice] = useState<Locale>(() => deviceChoice() ?? negotiateLocale(navigator.languages) ?? DEFAULT_LOCALE);
  const locale = account?.locale ?? onDevice;
  const [loaded, setLoaded] = useState<Loaded | null>(locale === "en" ? { wanted: "en", shown: "en", messages: ENGLISH } : null);

  useEffect(() => {
    if (loaded?.wanted === locale) return;
    let current = true;
    loadCatalogue(locale)
      .then((messages) => current && setLoaded({ wanted: locale, shown: locale, messages }))
      // The chunk did not arrive (offline, or a deploy replaced it): English rather than no page at all.
      .catch(() => current && setLoaded({ wanted: locale, shown: "en", messages: ENGLISH }));
    return () => {
      current = false;
    };
  }, [locale, loaded?.wanted]);

  // The account's choice follows the person to this device's sign-in page after they sign out.
  useEffect(() => {
    if (!account?.locale) return;
    rememberOnDevice(account.locale);
    setOnDevice(account.locale);
  }, [account?.locale]);

  const shown = loaded?.shown;
  // Before any effect below it runs: a page that reads again on a change of language asks in the new one.
  useLayoutEffect(() => {
    if (!shown) return;
    document.documentElement.lang = LANGUAGE_TAGS[shown];
    document.documentElement.dir = directionOf(shown);
  }, [shown]);

  const choose = useCallback(
    async (next: Locale) => {
      setOnDevice(next);
      rememberOnDevice(next);
      if (!account) return;
      // Shown at once; put back, and the failure said by the menu, if the account could not keep it.
      signedIn({ ...account, locale: next });
      try {
        const { user } = await unwrap(api.api.me.locale.$put({ json: { locale: next } }));
        signedIn(user);
      } catch (error) {
        signedIn(account);
        throw error;
      }
    },
    [account, signedIn],
  );

  const formats = useMemo(() => createFormats(shown ?? DEFAULT_LOCALE), [shown]);
  const value = useMemo<LocaleState>(() => ({ locale: shown ?? locale, choose, formats }), [shown, locale, choose, formats]);

  // The first catalogue of a language other than English is a moment away: nothing rather than a flash of English.
  if (!loaded) return null;
  return (
    <LocaleContext value={value}>
      <IntlProvider locale={INTL_TAGS[loaded.shown]} messages={loaded.messages} defaultLocale={INTL_TAGS.en}>
        {children}
      </IntlProvider>
    </LocaleContext>
  );
}
