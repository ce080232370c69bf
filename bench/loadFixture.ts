import type { Store } from "../server/store/store";
import type { createSessionManager } from "../server/auth/sessions";
import { hashPassword } from "../server/auth/passwords";
import { createUser } from "../server/services/users";
import { createGroup } from "../server/services/groups";
import { createDocument } from "../server/services/documents";
import { SESSION_COOKIE } from "../server/auth/sessions";
import type { LoadFixture } from "./messages";

// The typing load's fixture, made through the services and the session manager (never SQL): one group that owns
// a section per typist, typists as its members, readers as observers, one session each. Our server's bench child
// calls it on its own store; the several-instances bench calls it on the PostgreSQL database the instances share,
// where every instance accepts the sessions.

type Sessions = ReturnType<typeof createSessionManager>;

export const cookieFor = (token: string) => `${SESSION_COOKIE}=${token}`;

/** Argon2 takes tens of milliseconds per hash: one hash, shared by every bench account (nobody signs in with it). */
export function sharedPasswordHash(): () => Promise<string> {
  let hash: Promise<string> | null = null;
  return () => (hash ??= hashPassword(`bench-${crypto.randomUUID()}`));
}

/**
 * Whether typist `i` of `typists` suggests, `suggesters` of them spread evenly (half: every second one), so
 * owners and suggesters share the typing schedule's slots alike.
 */
const suggests = (i: number, typists: number, suggesters: number) =>
  Math.floor(((i + 1) * suggesters) / typists) > Math.floor((i * suggesters) / typists);

export async function createLoadFixture(
  store: Store,
  sessions: Sessions,
  passwordHash: string,
  tag: string,
  connections: number,
  typists: number,
  suggesters = 0,
): Promise<LoadFixture> {
  const now = Date.now();
  const { documentId, sectionIds, userIds } = await store.transaction(async (tx) => {
    const group = await createGroup(tx, now, { slug: `${tag}-typists`, name: `Bench typists ${tag}`, description: "" });
    // Suggesters are members of a group that owns no section here: they may only suggest in every section.
    const others =
      suggesters > 0 ? await createGroup(tx, now, { slug: `${tag}-suggesters`, name: `Bench suggesters ${tag}`, description: "" }) : null;
    const userIds: string[] = [];
    for (let i = 0; i < connections; i++) {
      const typist = i < typists;
      const suggester = typist && suggests(i, typists, suggesters);
      const user = await createUser(tx, now, {
        email: `${tag}-${i}@bench.penholder.test`,
        name: `${suggester ? "Suggester" : typist ? "Typist" : "Reader"} ${i}`,
        role: typist ? "member" : "observer",
        passwordHash,
        groupIds: suggester ? [others!.id] : typist ? [group.id] : [],
      });
      userIds.push(user.id);
    }
    const document = await createDocument(tx, now, null, {
      title: `Bench document ${tag}`,
      description: "",
      // A suggester proposes words in agreed text (it may not add a paragraph of its own): its section starts with one.
      sections: Array.from({ length: typists }, (_, i) => ({
        title: `Section ${i + 1}`,
        ownerGroup: group.slug,
        content: suggests(i, typists, suggesters) ? `Agreed text of section ${i + 1}.` : "",
      })),
    });
    const sections = await tx.documents.sections([document.id]);
    return { documentId: document.id, sectionIds: sections.map((s) => s.id), userIds };
  });
  const clients: LoadFixture["clients"] = [];
  for (let i = 0; i < connections; i++) {
    const { token } = await sessions.create(userIds[i]!);
    const suggester = i < typists && suggests(i, typists, suggesters);
    clients.push({ cookie: cookieFor(token), sectionId: i < typists ? sectionIds[i]! : null, ...(suggester ? { suggestAs: userIds[i]! } : {}) });
  }
  return { room: documentId, clients };
}
