import { describe, expect, inject, it } from "vitest";
import pg from "pg";
import { createTestDatabase, startPostgres } from "./postgres";

async function withClient<T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

describe("PostgreSQL test harness", () => {
  it("provides an admin URL to a running server", async () => {
    const adminUrl = inject("postgresUrl");
    expect(adminUrl).toMatch(/^postgres:\/\/postgres@127\.0\.0\.1:\d+\/postgres$/);
    const version = await withClient(adminUrl, async (c) => (await c.query("SHOW server_version_num")).rows[0]);
    expect(Number(version.server_version_num)).toBeGreaterThanOrEqual(120000);
  });

  it("creates isolated databases that can hold tables", async () => {
    const adminUrl = inject("postgresUrl");
    const a = await createTestDatabase(adminUrl);
    const b = await createTestDatabase(adminUrl);
    expect(a).not.toBe(b);

    await withClient(a, async (c) => {
      expect((await c.query("SELECT current_database() AS db")).rows[0].db).toBe(new URL(a).pathname.slice(1));
      await c.query("CREATE TABLE notes (id serial PRIMARY KEY, body text NOT NULL)");
      await c.query("INSERT INTO notes (body) VALUES ($1), ($2)", ["first", "second"]);
      const { rows } = await c.query("SELECT body FROM notes ORDER BY id");
      expect(rows.map((r) => r.body)).toEqual(["first", "second"]);
    });

    await withClient(b, async (c) => {
      expect((await c.query("SELECT current_database() AS db")).rows[0].db).toBe(new URL(b).pathname.slice(1));
      // The table made in `a` does not exist in `b`.
      expect((await c.query("SELECT to_regclass('public.notes') AS t")).rows[0].t).toBeNull();
    });
  });

  it("starts and stops a standalone server", async () => {
    const server = await startPostgres();
    let stopped = false;
    try {
      const url = await server.createDatabase();
      const rows = await withClient(url, async (c) => (await c.query("SELECT 41 + 1 AS answer")).rows);
      expect(rows).toEqual([{ answer: 42 }]);
      await server.stop();
      stopped = true;
      await expect(withClient(server.url, (c) => c.query("SELECT 1"))).rejects.toThrow();
    } finally {
      if (!stopped) await server.stop();
    }
  });
});
