import { createIntl } from "react-intl";
import { INTL_TAGS, type Locale } from "../../../shared/i18n/locales";
import type { Catalogue } from "./catalogues";
import type { Translate } from "./useLocale";

/** The same `t` that useT gives, outside React: for unit tests of helpers that take one, in any language. */
export function createTranslate(locale: Locale, messages: Catalogue): Translate {
  const intl = createIntl({ locale: INTL_TAGS[locale], messages });
  return (id, values) => intl.formatMessage({ id }, values);
}
