import type { Kysely, Selectable } from "kysely";
import type { Database, SessionsTable } from "./schema";

export type SessionRow = Selectable<SessionsTable>;

export function createSessionRepo(db: Kysely<Database>) {
  return {
    async insert(session: SessionRow): Promise<void> {
      await db.insertInto("sessions").values(session).execute();
    },
    async byId(id: string): Promise<SessionRow | undefined> {
      return db.selectFrom("sessions").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async extend(id: string, expiresAt: number): Promise<void> {
      await db.updateTable("sessions").set({ expires_at: expiresAt }).where("id", "=", id).execute();
    },
    async delete(id: string): Promise<void> {
      await db.deleteFrom("sessions").where("id", "=", id).execute();
    },
    async deleteForUser(userId: string): Promise<void> {
      await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
    },
    async deleteExpired(now: number): Promise<void> {
      await db.deleteFrom("sessions").where("expires_at", "<=", now).execute();
    },
  };
}
