import type { Kysely, Selectable } from "kysely";
import type { Database, GroupsTable } from "./schema";

export type GroupRow = Selectable<GroupsTable>;

export function createGroupRepo(db: Kysely<Database>) {
  return {
    async insert(group: GroupRow): Promise<void> {
      await db.insertInto("groups").values(group).execute();
    },
    async byId(id: string): Promise<GroupRow | undefined> {
      return db.selectFrom("groups").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async bySlug(slug: string): Promise<GroupRow | undefined> {
      return db.selectFrom("groups").selectAll().where("slug", "=", slug).executeTakeFirst();
    },
    async byIds(ids: readonly string[]): Promise<GroupRow[]> {
      if (ids.length === 0) return [];
      return db.selectFrom("groups").selectAll().where("id", "in", ids).orderBy("name").execute();
    },
    async list(): Promise<(GroupRow & { member_count: number })[]> {
      const rows = await db
        .selectFrom("groups")
        .leftJoin("memberships", "memberships.group_id", "groups.id")
        .selectAll("groups")
        .select((eb) => eb.fn.count<number>("memberships.user_id").as("member_count"))
        .groupBy(["groups.id", "groups.slug", "groups.name", "groups.description", "groups.created_at"])
        .orderBy("groups.name")
        .execute();
      return rows.map((r) => ({ ...r, member_count: Number(r.member_count) }));
    },
    async update(id: string, patch: Partial<Pick<GroupRow, "name" | "description">>): Promise<void> {
      await db.updateTable("groups").set(patch).where("id", "=", id).execute();
    },
    async members(groupId: string) {
      return db
        .selectFrom("memberships")
        .innerJoin("users", "users.id", "memberships.user_id")
        .select(["users.id", "users.name", "users.email", "users.role"])
        .where("memberships.group_id", "=", groupId)
        .orderBy("users.name")
        .execute();
    },
    /** Adds a membership; returns false when it already existed. */
    async addMember(groupId: string, userId: string, now: number): Promise<boolean> {
      const result = await db
        .insertInto("memberships")
        .values({ group_id: groupId, user_id: userId, created_at: now })
        .onConflict((oc) => oc.columns(["user_id", "group_id"]).doNothing())
        .executeTakeFirst();
      return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
    },
    async removeMember(groupId: string, userId: string): Promise<boolean> {
      const result = await db
        .deleteFrom("memberships")
        .where("group_id", "=", groupId)
        .where("user_id", "=", userId)
        .executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
