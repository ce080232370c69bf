import type { Insertable, Kysely, Selectable } from "kysely";
import type { Database, UsersTable } from "./schema";
import type { Role } from "../../shared/rights";
import type { GroupRef } from "../../shared/api/auth";

export type UserRow = Selectable<UsersTable>;
export interface UserWithGroups extends UserRow {
  groups: GroupRef[];
}

export function createUserRepo(db: Kysely<Database>) {
  async function groupsOf(userIds: readonly string[]): Promise<Map<string, GroupRef[]>> {
    const byUser = new Map<string, GroupRef[]>();
    if (userIds.length === 0) return byUser;
    const rows = await db
      .selectFrom("memberships")
      .innerJoin("groups", "groups.id", "memberships.group_id")
      .select(["memberships.user_id", "groups.id", "groups.slug", "groups.name"])
      .where("memberships.user_id", "in", userIds)
      .orderBy("groups.name")
      .execute();
    for (const row of rows) {
      const list = byUser.get(row.user_id) ?? [];
      list.push({ id: row.id, slug: row.slug, name: row.name });
      byUser.set(row.user_id, list);
    }
    return byUser;
  }

  async function withGroups(rows: UserRow[]): Promise<UserWithGroups[]> {
    const groups = await groupsOf(rows.map((r) => r.id));
    return rows.map((r) => ({ ...r, groups: groups.get(r.id) ?? [] }));
  }

  return {
    async insert(user: Insertable<UsersTable>): Promise<void> {
      await db.insertInto("users").values(user).execute();
    },
    async byId(id: string): Promise<UserWithGroups | undefined> {
      const row = await db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
      return row ? (await withGroups([row]))[0] : undefined;
    },
    async byEmail(email: string): Promise<UserWithGroups | undefined> {
      const row = await db.selectFrom("users").selectAll().where("email", "=", email.toLowerCase()).executeTakeFirst();
      return row ? (await withGroups([row]))[0] : undefined;
    },
    /** Names (and emails) of many people in one query, for presenting who did what; unknown ids are left out. */
    async people(ids: Iterable<string>): Promise<Map<string, { id: string; name: string; email: string }>> {
      const unique = [...new Set(ids)].filter((id) => id.length > 0);
      if (unique.length === 0) return new Map();
      const rows = await db.selectFrom("users").select(["id", "name", "email"]).where("id", "in", unique).execute();
      return new Map(rows.map((r) => [r.id, r]));
    },
    async list(): Promise<UserWithGroups[]> {
      return withGroups(await db.selectFrom("users").selectAll().orderBy("name").execute());
    },
    async count(): Promise<number> {
      const row = await db.selectFrom("users").select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async update(id: string, patch: Partial<Pick<UserRow, "name" | "role" | "active" | "password_hash" | "locale">>): Promise<void> {
      await db.updateTable("users").set(patch).where("id", "=", id).execute();
    },
    async countActiveAdmins(): Promise<number> {
      const row = await db
        .selectFrom("users")
        .select((eb) => eb.fn.countAll<number>().as("n"))
        .where("role", "=", "admin" satisfies Role)
        .where("active", "=", 1)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
