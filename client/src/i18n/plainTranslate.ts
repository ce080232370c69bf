import { createIntl } from "react-intl";
import { INTL_TAGS, type Locale } from "../../../shared/i18n/locales";
import type { Catalogue } from "./catalogues";
import type { Translate } from "./useLocale";

/** A language's messages outside React (unit tests of the helpers that make sentences): what useT gives inside. */
export function plainTranslate(locale: Locale, messages: Partial<Catalogue>): Translate {
  const intl = createIntl({ locale: INTL_TAGS[locale], messages });
  return (id, values) => intl.formatMessage({ id }, values);
}
