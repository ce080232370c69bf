import pg from "pg";
import { beforeAll, describe, expect, it } from "vitest";
import { collabSuite } from "../helpers/collabSuite";
import { createClient, type TestClient } from "../helpers/http";
import { eventually } from "../helpers/collab";
import { anchorIn, liveSectionText } from "../helpers/anchors";
import { approveSection } from "../helpers/approve";

// A chair approves a section while an owner's accept of an amendment to it is between its checks and the change.
// PostgreSQL lets the test hold the accept exactly there: a second connection locks the amendment's row, so the
// accept waits where it stores its decision, and the approval (which never touches that row) goes through.

describe("accepting an amendment while its section is approved (postgres)", () => {
  const { server, fx } = collabSuite({ backend: "postgres", collab: { flushWindowMs: 5 } });
  const as: Record<string, TestClient> = {};
  const base = () => `/api/documents/${fx().documentId}`;

  beforeAll(async () => {
    for (const local of ["mag.chair", "wg3.member", "observer"]) {
      as[local] = createClient(server().url);
      await as[local].loginAs(local);
    }
  });

  it("refuses with 409, leaves the text as approved and the amendment open", async () => {
    const wg3 = fx().section("Intersessional work");
    const { anchor, text } = await anchorIn(server(), fx().documentId, wg3, 0, 12);
    const amendment = (await as.observer!.post(`${base()}/amendments`, { sectionId: wg3, anchor, originalText: text, proposedText: "SLIPPED IN" })).body.amendment;
    const before = await liveSectionText(server(), fx().documentId, wg3);

    const blocker = new pg.Client({ connectionString: server().databaseUrl });
    await blocker.connect();
    try {
      await blocker.query("BEGIN");
      await blocker.query("SELECT id FROM amendments WHERE id = $1 FOR UPDATE", [amendment.id]);
      const accepting = as["wg3.member"]!.post(`${base()}/amendments/${amendment.id}/accept`, {});
      await eventually(async () => {
        const waiting = await blocker.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'");
        return waiting.rows[0]!.n > 0;
      }, "the accept waits on the amendment's row");

      expect((await as["mag.chair"]!.post(`${base()}/sections/${wg3}/transitions`, { to: "in_review" })).status).toBe(200);
      expect((await approveSection(as["mag.chair"]!, fx().documentId, wg3)).status).toBe(200);
      await blocker.query("ROLLBACK");

      const accepted = await accepting;
      expect(accepted.status).toBe(409);
      expect(accepted.body.error.message).toMatch(/approved and locked, so this amendment cannot be decided now; its text was not changed/);
    } finally {
      await blocker.end();
    }
    expect(await liveSectionText(server(), fx().documentId, wg3)).toBe(before);
    expect((await server().store.amendments.byId(amendment.id))!.status).toBe("open");
  });
});
