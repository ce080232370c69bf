import type { Translate } from "../../../i18n/useLocale";

// What a screen reader hears when others add to a section: new suggestions and new comments, gathered over a
// few seconds into one sentence, never the reader's own.

export interface ActivityItem {
  /** Unique per thing: a suggestion's id, a comment's id. */
  key: string;
  kind: "suggestion" | "reply";
  authorId: string;
  /** Null while not known (a suggestion's author arrives with the registry, a moment after its words). */
  authorName: string | null;
}

/** The items not seen before that someone else made. */
export function unseenActivity(known: ReadonlySet<string>, items: readonly ActivityItem[], meId: string): ActivityItem[] {
  return items.filter((item) => !known.has(item.key) && item.authorId !== meId);
}

/** The words a sentence is made with: the language's messages, its way of listing names, its capital letters. */
export interface ActivityWords {
  t: Translate;
  list(names: readonly string[]): string;
  /** The language's tag for Intl ("en-GB"): "a new comment" starts a sentence as "A new comment". */
  tag: string;
}

const PHRASES = { suggestion: "review.announce.suggestions", reply: "review.announce.comments" } as const;

function phrase(kind: ActivityItem["kind"], items: readonly ActivityItem[], { t, list }: ActivityWords): string | null {
  const mine = items.filter((item) => item.kind === kind);
  if (mine.length === 0) return null;
  const names = [...new Set(mine.map((item) => item.authorName ?? t("review.announce.someone")))];
  return t(PHRASES[kind], { count: mine.length, names: list(names) });
}

/** "In “Funding”: 2 new suggestions by Ravi Menon and a new comment by Élise Dubois." Null for nothing. */
export function activityMessage(items: readonly ActivityItem[], sectionTitle: string | null, words: ActivityWords): string | null {
  const suggestions = phrase("suggestion", items, words);
  const comments = phrase("reply", items, words);
  const { t, tag } = words;
  const news = suggestions && comments ? t("review.announce.both", { suggestions, comments }) : (suggestions ?? comments);
  if (news === null) return null;
  if (sectionTitle) return t("review.announce.inSection", { section: sectionTitle, news });
  const sentence = t("review.announce.alone", { news });
  return sentence.charAt(0).toLocaleUpperCase(tag) + sentence.slice(1);
}
