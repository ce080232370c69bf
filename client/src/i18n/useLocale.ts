import { use, useCallback } from "react";
import { useIntl } from "react-intl";
import type { ReactNode } from "react";
import { LocaleContext, type LocaleState } from "./LocaleContext";
import type { MessageId } from "./catalogues";

export function useLocale(): LocaleState {
  const state = use(LocaleContext);
  if (!state) throw new Error("useLocale must be used inside <LocaleProvider>.");
  return state;
}

export const useFormats = () => useLocale().formats;

export type MessageValues = Record<string, string | number | Date | null | undefined>;
/** What useT gives: for helpers that put sentences together outside a component. */
export type Translate = (id: MessageId, values?: MessageValues) => string;

/** A message of the active language as text, by its id in the catalogues: `t("signIn.title")`. */
export function useT(): Translate {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}

/** A value of a rich message: an element (`{time}`), or what wraps a tag's words (`<hidden>…</hidden>`). */
export type RichValue = ReactNode | ((chunks: ReactNode[]) => ReactNode);
export type RichTranslate = (id: MessageId, values: Record<string, RichValue>) => ReactNode;

/**
 * A message with elements in it (`{time}` as a <time>, a name in a <bdi>, words for screen readers only in a
 * `<hidden>` tag): the words around them in the language's own order.
 */
export function useRichT(): RichTranslate {
  const intl = useIntl();
  return useCallback((id, values) => intl.formatMessage({ id }, values), [intl]);
}
