// "@" in a comment starts a mention: the word typed after it (up to the caret) filters people and groups.

export interface MentionQuery {
  /** Where the "@" is in the text. */
  start: number;
  /** What was typed after it. */
  query: string;
}

/** The mention being typed at the caret, if any: "@" at the start or after a space, then no line break. */
export function mentionAt(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf("@");
  if (at < 0) return null;
  if (at > 0 && !/\s/.test(before[at - 1]!)) return null;
  const query = before.slice(at + 1);
  if (query.length > 40 || /[\n@]/.test(query) || /\s\s/.test(query)) return null;
  return { start: at, query };
}

export interface Mentionable {
  kind: "user" | "group";
  id: string;
  name: string;
  /** A second line: the group's slug, or the person's groups. */
  detail: string;
}

const fold = (value: string) => value.normalize("NFD").replace(/\p{Diacritic}/gu, "").toLowerCase();

/**
 * How well an item answers the query, best first, or null when it does not: its name starts with it, a word of its
 * name does, a word of its detail does (a group's slug, a person's groups). "@wg3" thus puts the group WG3 before
 * the people in it, and Enter picks the group.
 */
function matchRank(item: Mentionable, q: string): number | null {
  if (q === "") return 0;
  const name = fold(item.name);
  if (name.startsWith(q)) return 0;
  if (name.split(/[\s().–-]+/).some((word) => word.startsWith(q))) return 1;
  if (fold(item.detail).split(/[\s·,]+/).some((word) => word.startsWith(q))) return 2;
  return null;
}

/** People and groups that answer the query, the best answers first; people before groups among equals. */
export function matchMentionables(all: readonly Mentionable[], query: string, limit = 8): Mentionable[] {
  const q = fold(query.trim());
  const ranked = all.flatMap((item) => {
    const rank = matchRank(item, q);
    return rank === null ? [] : [{ item, rank }];
  });
  ranked.sort((a, b) => a.rank - b.rank || (a.item.kind === b.item.kind ? a.item.name.localeCompare(b.item.name) : a.item.kind === "user" ? -1 : 1));
  return ranked.slice(0, limit).map(({ item }) => item);
}

/** Replaces the typed "@que" with "@Full Name " and says where the caret goes after it. */
export function insertMention(text: string, mention: MentionQuery, caret: number, item: Mentionable): { text: string; caret: number } {
  const inserted = `@${item.name} `;
  return { text: text.slice(0, mention.start) + inserted + text.slice(caret), caret: mention.start + inserted.length };
}

/** The ids of the chosen mentions still written in the text when it is sent. */
export function mentionsIn(text: string, chosen: readonly Mentionable[]): { userIds: string[]; groupIds: string[] } {
  const present = chosen.filter((item) => text.includes(`@${item.name}`));
  return {
    userIds: [...new Set(present.filter((item) => item.kind === "user").map((item) => item.id))],
    groupIds: [...new Set(present.filter((item) => item.kind === "group").map((item) => item.id))],
  };
}
