import type { Store } from "../store/store";
import type { Role } from "../../shared/rights";
import { hashPassword } from "../auth/passwords";
import { createUser } from "../services/users";
import { createGroup } from "../services/groups";
import { createDocument } from "../services/documents";
import { DEMO_DOCUMENTS } from "./demoContent";

export const DEMO_PASSWORD = "penholder-demo";
export const DEMO_DOMAIN = "demo.penholder.test";

export const DEMO_GROUPS = [
  { slug: "wg1", name: "WG1 Funding strategy", description: "A sustainable funding strategy for the IGF and its intersessional work." },
  { slug: "wg2", name: "WG2 NRI engagement & support", description: "How the IGF engages and supports National, Regional and Youth IGF initiatives." },
  { slug: "wg3", name: "WG3 Intersessional work model review", description: "Review of best practice forums, policy networks and dynamic coalitions." },
  { slug: "wg4", name: "WG4 IGF institutional structure recommendations", description: "Recommendations on the IGF's institutional structure, including the MAG and the Leadership Panel." },
  { slug: "wg5", name: "WG5 IGF Event Evolution", description: "How the annual IGF meeting should evolve." },
  { slug: "strategy", name: "MAG Working Group on Strategy", description: "First drafts of the joint MAG–LP positions for the WSIS+20 review." },
] as const;

export const DEMO_USERS: { local: string; name: string; role: Role; groups: string[] }[] = [
  { local: "secretariat", name: "IGF Secretariat", role: "admin", groups: [] },
  { local: "mag.chair", name: "Nadia Haddad (MAG Chair)", role: "chair", groups: ["strategy"] },
  { local: "lp.chair", name: "Tomas Lindqvist (LP Chair)", role: "chair", groups: [] },
  { local: "wg1.member", name: "Amara Okafor", role: "member", groups: ["wg1"] },
  { local: "wg1.second", name: "Lucía Fernández", role: "member", groups: ["wg1"] },
  { local: "wg2.member", name: "Ravi Menon", role: "member", groups: ["wg2"] },
  { local: "wg3.member", name: "Élise Dubois", role: "member", groups: ["wg3"] },
  { local: "wg4.member", name: "Kwame Mensah", role: "member", groups: ["wg4"] },
  { local: "wg5.member", name: "Mei Lin Tan", role: "member", groups: ["wg5"] },
  { local: "strategy.member", name: "Sofía Castillo", role: "member", groups: ["strategy"] },
  { local: "observer", name: "Jonas Berg (NRI observer)", role: "observer", groups: [] },
];

export const demoEmail = (local: string) => `${local}@${DEMO_DOMAIN}`;

/** Fills an empty database with the demo organisation; does nothing if any account exists. */
export async function seedDemo(store: Store, now: number): Promise<boolean> {
  if ((await store.users.count()) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Several instances starting together on an empty database: one seeds, the others find its accounts.
  const seeded = await store.transaction(async (tx) => {
    await tx.exclusively("penholder:seed");
    if ((await tx.users.count()) > 0) return false;
    const groupIds = new Map<string, string>();
    for (const group of DEMO_GROUPS) groupIds.set(group.slug, (await createGroup(tx, now, group)).id);
    let secretariat: string | null = null;
    for (const user of DEMO_USERS) {
      const created = await createUser(tx, now, {
        email: demoEmail(user.local),
        name: user.name,
        role: user.role,
        passwordHash,
        groupIds: user.groups.map((slug) => groupIds.get(slug)!),
      });
      if (user.role === "admin") secretariat = created.id;
    }
    for (const document of DEMO_DOCUMENTS) {
      await createDocument(tx, now, secretariat, {
        title: document.title,
        description: document.description,
        sections: document.sections,
      });
    }
    await tx.audit.record({ at: now, actorId: null, action: "seed.demo", detail: { documents: DEMO_DOCUMENTS.length } });
    return true;
  });
  return seeded;
}
