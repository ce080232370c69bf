import * as Y from "yjs";
import type { Repos } from "../store/store";
import type { UserWithGroups } from "../store/users";
import type { OutlineEntry } from "../../shared/api/review";
import type { Contribution, ContributorGroup, ContributorRole } from "../../shared/api/submissions";
import { CONTRIBUTIONS, CONTRIBUTOR_ROLES } from "../../shared/api/submissions";
import { readSectionsInPlace } from "../../shared/editor/content";
import { suggestionRuns } from "../../shared/editor/suggestions";

// Who contributed to a submitted paper, by group. In a joint paper leaving a group out is a political act, so the
// list names every group that owns a section of the frozen text, whether or not anyone in it typed (sections are
// often seeded from a group's report), and everyone who took part: wrote, suggested, commented or proposed
// amendments. The submission page and the files' front matter print this one list (docs/EXPORTS.md).

/** The text being submitted: a stored version's outline and state. */
export interface FrozenText {
  outline: readonly OutlineEntry[];
  state: Uint8Array;
}

/** The authors of the suggestions still open in the frozen text (approval usually settles them all). */
function openSuggestionAuthors(frozen: FrozenText): string[] {
  const doc = new Y.Doc({ gc: true });
  try {
    Y.applyUpdate(doc, frozen.state);
    const sections = readSectionsInPlace(doc, frozen.outline.map((s) => s.id));
    return [...sections.values()].flatMap((content) => suggestionRuns(content).map((run) => run.author));
  } finally {
    doc.destroy();
  }
}

/** What each person did, by user id. */
async function contributionsOf(repos: Repos, documentId: string, frozen: FrozenText, users: Map<string, UserWithGroups>): Promise<Map<string, Set<Contribution>>> {
  const did = new Map<string, Set<Contribution>>();
  const add = (userId: string, kind: Contribution) => {
    if (!users.has(userId)) return;
    const set = did.get(userId) ?? new Set<Contribution>();
    set.add(kind);
    did.set(userId, set);
  };
  const owners = new Map(frozen.outline.map((s) => [s.id, s.ownerGroup.id]));
  // The edit log counts a suggester's keystrokes too: only typing in a section one's group owns is writing (what
  // others type there is a suggestion, counted below). Sections no longer in the paper hold nobody's words.
  for (const edit of await repos.activity.edits(documentId)) {
    const owner = owners.get(edit.section_id);
    if (owner !== undefined && users.get(edit.user_id)?.groups.some((g) => g.id === owner)) add(edit.user_id, "wrote");
  }
  for (const author of openSuggestionAuthors(frozen)) add(author, "suggested");
  // A rejected suggestion was still a proposal made to the paper; one its author withdrew was not.
  for (const outcome of await repos.suggestionOutcomes.forDocument(documentId)) if (outcome.decision !== "withdraw") add(outcome.author_id, "suggested");
  const threads = await repos.threads.forDocument(documentId);
  for (const comment of await repos.threads.comments(threads.map((t) => t.id))) if (comment.deleted_at === null) add(comment.author_id, "commented");
  for (const amendment of await repos.amendments.forDocument(documentId)) if (amendment.status !== "withdrawn") add(amendment.created_by, "amended");
  return did;
}

/**
 * The contributors of the frozen text, in the order every place prints them: the groups that own sections in the
 * outline order of their first section, then other groups of contributors by name, then people in no group under
 * their role (chairs, secretariat, observers); people by name within each, listed under each of their groups.
 */
export async function contributorsOf(repos: Repos, documentId: string, frozen: FrozenText): Promise<ContributorGroup[]> {
  const users = new Map((await repos.users.list()).map((u) => [u.id, u]));
  const did = await contributionsOf(repos, documentId, frozen, users);
  const byGroup = new Map<string, ContributorGroup>();
  for (const section of frozen.outline) {
    const { slug, name } = section.ownerGroup;
    const entry = byGroup.get(slug) ?? { group: { slug, name }, sections: [], people: [], contributions: [] };
    entry.sections!.push(section.title);
    byGroup.set(slug, entry);
  }
  const others: ContributorGroup[] = [];
  const byRole = new Map<ContributorRole, ContributorGroup>();
  const people = [...did].map(([id, kinds]) => ({ user: users.get(id)!, did: CONTRIBUTIONS.filter((k) => kinds.has(k)) }));
  people.sort((a, b) => a.user.name.localeCompare(b.user.name));
  for (const { user, did: kinds } of people) {
    const entries = user.groups.map((g) => {
      let entry = byGroup.get(g.slug);
      if (!entry) {
        entry = { group: { slug: g.slug, name: g.name }, sections: [], people: [], contributions: [] };
        byGroup.set(g.slug, entry);
        others.push(entry);
      }
      return entry;
    });
    if (entries.length === 0) {
      const entry = byRole.get(user.role) ?? { group: null, role: user.role, people: [], contributions: [] };
      byRole.set(user.role, entry);
      entries.push(entry);
    }
    for (const entry of entries) {
      entry.people.push(user.name);
      entry.contributions!.push({ name: user.name, did: kinds });
    }
  }
  const owning = [...byGroup.values()].filter((e) => !others.includes(e));
  others.sort((a, b) => a.group!.name.localeCompare(b.group!.name));
  return [...owning, ...others, ...CONTRIBUTOR_ROLES.flatMap((role) => byRole.get(role) ?? [])];
}
