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

function listWords(names: readonly string[]): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;
}

const NOUNS = { suggestion: ["a new suggestion", "new suggestions"], reply: ["a new comment", "new comments"] } as const;

function phrase(kind: ActivityItem["kind"], items: readonly ActivityItem[]): string | null {
  const mine = items.filter((item) => item.kind === kind);
  if (mine.length === 0) return null;
  const names = [...new Set(mine.map((item) => item.authorName ?? "someone"))];
  const [one, many] = NOUNS[kind];
  return `${mine.length === 1 ? one : `${mine.length} ${many}`} by ${listWords(names)}`;
}

/** "In “Funding”: 2 new suggestions by Ravi Menon and a new comment by Élise Dubois." Null for nothing. */
export function activityMessage(items: readonly ActivityItem[], sectionTitle: string | null): string | null {
  const parts = [phrase("suggestion", items), phrase("reply", items)].filter((part): part is string => part !== null);
  if (parts.length === 0) return null;
  const sentence = parts.join(" and ");
  return sectionTitle ? `In “${sectionTitle}”: ${sentence}.` : `${sentence[0]!.toUpperCase()}${sentence.slice(1)}.`;
}
