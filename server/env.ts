import { z } from "zod";
import { proxyEntryProblem } from "./http/clientAddress";
import { SQLITE_SYNCHRONOUS } from "./store/dialect";

// Configuration from the environment, parsed once by main.ts; a bad value stops start-up with a clear message.

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8787),
  HOST: z.string().min(1).default("127.0.0.1"),
  DATABASE_URL: z
    .string()
    .regex(/^(sqlite:|postgres(ql)?:\/\/)/, "use sqlite:<path> or postgres://user:password@host:port/database")
    .default("sqlite:data/penholder.db"),
  /**
   * Several instances: the Redis they tell each other through (redis://host:port, or rediss:// with TLS).
   * Needs PostgreSQL: instances share one database, and SQLite is one process's.
   */
  REDIS_URL: z.string().regex(/^rediss?:\/\/[^\s]+$/, "use redis://host:port (or rediss:// for TLS, with user:password@ if Redis asks for one)").optional(),
  PENHOLDER_SEED: z.enum(["demo", "none"]).default("demo"),
  /** The address people use to reach Penholder, when it is behind a proxy (used in invitation links and Origin checks). */
  PUBLIC_URL: z.url().optional(),
  LOG_LEVEL: z.enum(["info", "silent"]).default("info"),
  /** Where people report an accessibility barrier: an e-mail address the accessibility statement gives. */
  ACCESSIBILITY_CONTACT: z.email({ error: "use an e-mail address, e.g. accessibility@example.org" }).optional(),
  /**
   * The reverse proxies in front of Penholder (addresses, CIDR ranges, or loopback / linklocal / uniquelocal,
   * separated by commas): only from these is X-Forwarded-For believed. Unset: no proxy, the peer is the client.
   * Optional in the parsed type (unset = []) so a test or benchmark can build an Env without it.
   */
  TRUST_PROXY: z
    .string()
    .transform((value, ctx) => {
      const entries = value.split(",").map((entry) => entry.trim().toLowerCase()).filter((entry) => entry.length > 0);
      for (const entry of entries) {
        const problem = proxyEntryProblem(entry);
        if (problem) ctx.addIssue({ code: "custom", message: `${problem} Example: TRUST_PROXY=loopback or TRUST_PROXY=10.0.0.5,10.0.1.0/24` });
      }
      return entries;
    })
    .optional(),
  /** SQLite's durability (server/store/dialect.ts); unset = full. */
  SQLITE_SYNCHRONOUS: z
    .string()
    .transform((value) => value.trim().toLowerCase())
    .pipe(z.enum(SQLITE_SYNCHRONOUS, { error: "use full (a commit survives a power cut; the default) or normal (faster; survives a crash of the process, not of the machine)" }))
    .optional(),
}).superRefine((env, ctx) => {
  if (env.REDIS_URL && env.DATABASE_URL.startsWith("sqlite:")) {
    ctx.addIssue({
      code: "custom",
      path: ["REDIS_URL"],
      message:
        "several instances share one PostgreSQL database, and DATABASE_URL is SQLite (one process only). Set DATABASE_URL=postgres://user:password@host:port/database, or unset REDIS_URL to run one instance on SQLite.",
    });
  }
});

export type Env = z.infer<typeof EnvSchema>;

export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const result = EnvSchema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Penholder cannot start: the configuration is not valid.\n${lines.join("\n")}`);
}
