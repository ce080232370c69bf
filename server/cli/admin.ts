import { parseArgs } from "node:util";
import { createInterface } from "node:readline/promises";
import { z } from "zod";
import { parseEnv } from "../env";
import { openStore, type Store } from "../store/store";
import { hashPassword } from "../auth/passwords";
import { createUser } from "../services/users";
import { createGroup } from "../services/groups";
import { EmailSchema, PasswordSchema, RoleSchema } from "../../shared/api/auth";
import { SlugSchema } from "../../shared/api/groups";
import { AppError } from "../http/errors";

// The administrator's command line: the way to create the first admin on an empty database
// (PENHOLDER_SEED=none), and to recover when nobody can sign in.

const USAGE = `Usage: npm run admin -- <command> [options]

Commands:
  create-user   --email E --name N --role admin|chair|member|observer [--group SLUG]...
                password from PENHOLDER_PASSWORD, or asked for
  set-password  --email E            password from PENHOLDER_PASSWORD, or asked for
  create-group  --slug S --name N [--description D]
  add-member    --email E --group SLUG
  list-users
  list-groups

Uses DATABASE_URL like the server (default sqlite:data/penholder.db).`;

async function readPassword(): Promise<string> {
  const fromEnv = process.env.PENHOLDER_PASSWORD;
  if (fromEnv) return PasswordSchema.parse(fromEnv);
  if (!process.stdin.isTTY) throw new Error("Set PENHOLDER_PASSWORD, or run this in a terminal to be asked for the password.");
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return PasswordSchema.parse(await rl.question("Password (at least 10 characters): "));
  } finally {
    rl.close();
  }
}

async function run(store: Store, command: string, values: Record<string, string | string[] | undefined>): Promise<string> {
  const now = Date.now();
  const one = (name: string) => {
    const value = values[name];
    if (typeof value !== "string" || value.length === 0) throw new Error(`--${name} is required.\n\n${USAGE}`);
    return value;
  };
  switch (command) {
    case "create-user": {
      const email = EmailSchema.parse(one("email"));
      const role = RoleSchema.parse(one("role"));
      const slugs = (values.group as string[] | undefined) ?? [];
      const groupIds: string[] = [];
      for (const slug of slugs) {
        const group = await store.groups.bySlug(slug);
        if (!group) throw new Error(`There is no group "${slug}". See: npm run admin -- list-groups`);
        groupIds.push(group.id);
      }
      const passwordHash = await hashPassword(await readPassword());
      const user = await store.transaction((tx) => createUser(tx, now, { email, name: one("name"), role, passwordHash, groupIds }));
      await store.audit.record({ at: now, actorId: null, action: "cli.user.create", target: user.id, detail: { email, role } });
      return `Created ${role} ${email}.`;
    }
    case "set-password": {
      const email = EmailSchema.parse(one("email"));
      const user = await store.users.byEmail(email);
      if (!user) throw new Error(`There is no account for ${email}.`);
      await store.users.update(user.id, { password_hash: await hashPassword(await readPassword()) });
      await store.sessions.deleteForUser(user.id);
      await store.audit.record({ at: now, actorId: null, action: "cli.user.set_password", target: user.id });
      return `Password changed for ${email}; their sessions were signed out.`;
    }
    case "create-group": {
      const slug = SlugSchema.parse(one("slug"));
      const description = typeof values.description === "string" ? values.description : "";
      await store.transaction((tx) => createGroup(tx, now, { slug, name: one("name"), description }));
      return `Created group ${slug}.`;
    }
    case "add-member": {
      const email = EmailSchema.parse(one("email"));
      const user = await store.users.byEmail(email);
      const group = await store.groups.bySlug(one("group"));
      if (!user) throw new Error(`There is no account for ${email}.`);
      if (!group) throw new Error(`There is no group "${one("group")}".`);
      const added = await store.groups.addMember(group.id, user.id, now);
      return added ? `Added ${email} to ${group.slug}.` : `${email} is already in ${group.slug}.`;
    }
    case "list-users":
      return (await store.users.list())
        .map((u) => `${u.email}\t${u.role}${u.active ? "" : " (deactivated)"}\t${u.groups.map((g) => g.slug).join(",")}`)
        .join("\n") || "No accounts yet.";
    case "list-groups":
      return (await store.groups.list()).map((g) => `${g.slug}\t${g.name}\t${g.member_count} members`).join("\n") || "No groups yet.";
    default:
      throw new Error(USAGE);
  }
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      email: { type: "string" },
      name: { type: "string" },
      role: { type: "string" },
      group: { type: "string", multiple: true },
      slug: { type: "string" },
      description: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
  });
  const command = positionals[0];
  if (!command || values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const env = parseEnv(process.env);
  const store = await openStore(env.DATABASE_URL);
  try {
    process.stdout.write(`${await run(store, command, values as Record<string, string | string[] | undefined>)}\n`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  const message =
    error instanceof z.ZodError
      ? error.issues.map((i) => i.message).join("\n")
      : error instanceof AppError || error instanceof Error
        ? error.message
        : String(error);
  process.stderr.write(`${message}\n`);
  process.exit(1);
});
