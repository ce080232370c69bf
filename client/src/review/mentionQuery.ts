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

/** People and groups whose name (or any word of it, or a group's slug) starts with the query; people first. */
export function matchMentionables(all: readonly Mentionable[], query: string, limit = 8): Mentionable[] {
  const q = fold(query.trim());
  const matches = all.filter((item) => {
    if (q === "") return true;
    const name = fold(item.name);
    return name.startsWith(q) || name.split(/[\s().–-]+/).some((word) => word.startsWith(q)) || fold(item.detail).startsWith(q);
  });
  return matches.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === "user" ? -1 : 1)).slice(0, limit);
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
