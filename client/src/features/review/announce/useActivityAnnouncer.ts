import { useEffect, useRef } from "react";
import { activityMessage, unseenActivity, type ActivityItem } from "./activityWords";
import { useLocale, useT } from "../../../i18n/useLocale";
import { INTL_TAGS } from "../../../../../shared/i18n/locales";

/** New things are gathered this long, then said in one sentence. */
const GATHER_MS = 3000;
/** What is there in the first moments of a live document (its threads arrive a render later) is not news. */
const SETTLE_MS = 2000;

interface Options {
  /** Changes when the live document does (reconnecting starts over): what it holds then is not news. */
  source: unknown;
  /** Null until the section's things have been read. */
  items: readonly ActivityItem[] | null;
  meId: string;
  sectionTitle: string | null;
  announce(message: string): void;
}

/**
 * Tells a screen reader, politely, that others added suggestions or comments to this section: never the reader's
 * own, never what was there when the page opened, at most one sentence every few seconds.
 */
export function useActivityAnnouncer({ source, items, meId, sectionTitle, announce }: Options): void {
  const t = useT();
  const { locale, formats } = useLocale();
  const words = { t, list: formats.list, tag: INTL_TAGS[locale] };
  const known = useRef(new Set<string>());
  const settledAt = useRef(0);
  const pending = useRef<ActivityItem[]>([]);
  const latest = useRef({ items, sectionTitle, announce, words });
  latest.current = { items, sectionTitle, announce, words };
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  useEffect(() => {
    known.current = new Set();
    pending.current = [];
    settledAt.current = Date.now() + SETTLE_MS;
  }, [source]);

  useEffect(() => {
    if (!items) return;
    const fresh = Date.now() < settledAt.current ? [] : unseenActivity(known.current, items, meId);
    for (const item of items) known.current.add(item.key);
    if (fresh.length === 0) return;
    pending.current.push(...fresh);
    timer.current ??= setTimeout(() => {
      timer.current = null;
      // Names may have arrived meanwhile (a suggestion's author comes with the registry): read them now.
      const now = new Map((latest.current.items ?? []).map((item) => [item.key, item]));
      const message = activityMessage(
        pending.current.map((item) => now.get(item.key) ?? item),
        latest.current.sectionTitle,
        latest.current.words,
      );
      pending.current = [];
      if (message) latest.current.announce(message);
    }, GATHER_MS);
  }, [items, meId]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
    },
    [],
  );
}
