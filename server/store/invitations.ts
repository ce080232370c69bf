import type { Kysely, Selectable } from "kysely";
import type { Database, InvitationsTable } from "./schema";

export type InvitationRow = Selectable<InvitationsTable>;

export function createInvitationRepo(db: Kysely<Database>) {
  return {
    async insert(invitation: InvitationRow): Promise<void> {
      await db.insertInto("invitations").values(invitation).execute();
    },
    async byId(id: string): Promise<InvitationRow | undefined> {
      return db.selectFrom("invitations").selectAll().where("id", "=", id).executeTakeFirst();
    },
    async byTokenHash(tokenHash: string): Promise<InvitationRow | undefined> {
      return db.selectFrom("invitations").selectAll().where("token_hash", "=", tokenHash).executeTakeFirst();
    },
    async list(): Promise<InvitationRow[]> {
      return db.selectFrom("invitations").selectAll().orderBy("created_at", "desc").execute();
    },
    /** Marks it accepted only if still open: two concurrent accepts cannot both win. */
    async markAccepted(id: string, now: number): Promise<boolean> {
      const result = await db
        .updateTable("invitations")
        .set({ accepted_at: now })
        .where("id", "=", id)
        .where("accepted_at", "is", null)
        .where("revoked_at", "is", null)
        .where("expires_at", ">", now)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    async revoke(id: string, now: number): Promise<void> {
      await db.updateTable("invitations").set({ revoked_at: now }).where("id", "=", id).execute();
    },
  };
}
