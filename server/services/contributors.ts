import type { Repos } from "../store/store";
import type { ContributorGroup } from "../../shared/api/submissions";

/** Everyone whose words are in the document, by group: people who edited it and proposers of accepted amendments. */
export async function contributorsOf(repos: Repos, documentId: string): Promise<ContributorGroup[]> {
  const edits = await repos.activity.edits(documentId);
  const accepted = (await repos.amendments.forDocument(documentId)).filter((a) => a.status === "accepted");
  const ids = new Set([...edits.map((e) => e.user_id), ...accepted.map((a) => a.created_by)]);
  const byGroup = new Map<string, ContributorGroup>();
  for (const id of ids) {
    const user = await repos.users.byId(id);
    if (!user) continue;
    const groups = user.groups.length > 0 ? user.groups : [null];
    for (const group of groups) {
      const key = group?.slug ?? "";
      const entry = byGroup.get(key) ?? { group: group ? { slug: group.slug, name: group.name } : null, people: [] };
      entry.people.push(user.name);
      byGroup.set(key, entry);
    }
  }
  return [...byGroup.values()]
    .map((g) => ({ ...g, people: g.people.sort((a, b) => a.localeCompare(b)) }))
    .sort((a, b) => (a.group?.name ?? "~").localeCompare(b.group?.name ?? "~"));
}
