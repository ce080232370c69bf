import { Kysely, PostgresDialect, SqliteDialect } from "kysely";
import SQLite from "better-sqlite3";
import pg from "pg";
import { mkdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import type { Database } from "./schema";

export type Dialect = "sqlite" | "postgres";

/**
 * How far a committed SQLite transaction is guaranteed to have gone. `full`: the write-ahead log is synced to the
 * disk at every commit, so what a client received survives a power cut or a crash of the machine. `normal`: synced
 * only at checkpoints, so it survives a crash of the process but the last commits may be lost with the machine.
 */
export const SQLITE_SYNCHRONOUS = ["full", "normal"] as const;
export type SqliteSynchronous = (typeof SQLITE_SYNCHRONOUS)[number];
export const DEFAULT_SQLITE_SYNCHRONOUS: SqliteSynchronous = "full";

export interface ConnectOptions {
  /** SQLite only; PostgreSQL's durability is the server's own setting. */
  sqliteSynchronous?: SqliteSynchronous;
}

export interface Connection {
  db: Kysely<Database>;
  dialect: Dialect;
  /** Where the data lives, without any password, for logs. */
  description: string;
}

const INT8_OID = 20;

/** `sqlite:<path>` (or `sqlite::memory:`) for the embedded database, `postgres://...` for PostgreSQL. */
export function connect(databaseUrl: string, options: ConnectOptions = {}): Connection {
  if (databaseUrl.startsWith("postgres://") || databaseUrl.startsWith("postgresql://")) {
    const pool = new pg.Pool({
      connectionString: databaseUrl,
      max: 10,
      // A transaction left open by a process that stands still (paused, swapped out) would hold the document's
      // row lock, and with it every other instance's rounds of that document: PostgreSQL ends it after 15 s, and
      // that instance stores its round again later (what it holds stays in memory until then).
      options: "-c idle_in_transaction_session_timeout=15000",
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
    const synchronous = options.sqliteSynchronous ?? DEFAULT_SQLITE_SYNCHRONOUS;
    database.pragma(`synchronous = ${synchronous.toUpperCase()}`);
    database.pragma("foreign_keys = ON");
    // better-sqlite3 waits synchronously: keep a lock held by another program from stalling us for long.
    // A flush that fails for it is kept in memory and retried.
    database.pragma("busy_timeout = 1000");
    return {
      db: new Kysely<Database>({ dialect: new SqliteDialect({ database }) }),
      dialect: "sqlite",
      description: memory ? "sqlite (in memory)" : `sqlite:${resolve(path)} (synchronous=${synchronous})`,
    };
  }
  throw new Error(`DATABASE_URL must start with sqlite: or postgres:// (got "${databaseUrl.split(":")[0]}:...")`);
}
