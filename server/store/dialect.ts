import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import SQLite from "better-sqlite3";
import pg from "pg";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Database } from "./schema";

export type Dialect = "sqlite" | "postgres";

export interface Connection {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, without any password, for logs. */
  description: string;
}

const INT8_OID = 20;

/** `sqlite:<path>` (or `sqlite::memory:`) for the embedded database, `postgres://...` for PostgreSQL. */
export function connect(databaseUrl: string): Connection {
  if (databaseUrl.startsWith("postgres://") || databaseUrl.startsWith("postgresql://")) {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 10,
      // Our times are bigint milliseconds, well inside Number's exact range.
      types: {
        getTypeParser: (oid: number, format?: "text" | "binary") =>
          oid === INT8_OID ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
      },
    });
    const url = new URL(databaseUrl);
    return {
      db: new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }),
      dialect: "postgres",
      description: `postgres://${url.host}${url.pathname}`,
    };
  }
  if (databaseUrl.startsWith("sqlite:")) {
    const path = databaseUrl.slice("sqlite:".length);
    const memory = path === ":memory:";
    if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
    const database = new SQLite(memory ? ":memory:" : resolve(path));
    database.pragma("journal_mode = WAL");
    database.pragma("synchronous = NORMAL");
    database.pragma("foreign_keys = ON");
    // better-sqlite3 waits synchronously: keep a lock held by another program from stalling us for long.
    // A flush that fails for it is kept in memory and retried.
    database.pragma("busy_timeout = 1000");
    return {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
      dialect: "sqlite",
      description: memory ? "sqlite (in memory)" : `sqlite:${resolve(path)}`,
    };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${databaseUrl.split(":")[0]}:...")`);
}
