import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "./dialect";

// PRAGMA synchronous reads back as a number: 1 is NORMAL, 2 is FULL.
const LEVEL = { normal: 1, full: 2 } as const;

describe("SQLite durability setting", () => {
  const dir = mkdtempSync(join(tmpdir(), "penholder-dialect-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function synchronousOf(options: Parameters<typeof connect>[1], file: string) {
    const connection = connect(`sqlite:${join(dir, file)}`, options);
    try {
      const { rows } = await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(connection.db);
      const { rows: journal } = await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(connection.db);
      return { level: rows[0]!.synchronous, journal: journal[0]!.journal_mode, description: connection.description };
    } finally {
      await connection.db.destroy();
    }
  }

  it("is FULL unless told otherwise, in WAL mode, and says so in the storage description", async () => {
    expect(await synchronousOf({}, "default.db")).toMatchObject({ level: LEVEL.full, journal: "wal", description: expect.stringMatching(/\(synchronous=full\)$/) });
  });

  it("is what the setting says", async () => {
    expect((await synchronousOf({ sqliteSynchronous: "normal" }, "normal.db")).level).toBe(LEVEL.normal);
    expect((await synchronousOf({ sqliteSynchronous: "full" }, "full.db")).level).toBe(LEVEL.full);
  });
});
