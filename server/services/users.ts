import type { Repos } from "../store/store";
import type { Role } from "../../shared/rights";
import { newId } from "../store/ids";
import { AppError } from "../http/errors";
import { text } from "../i18n/translate";
import type { UserWithGroups } from "../store/users";

export interface NewUser {
  email: string;
  name: string;
  role: Role;
  passwordHash: string;
  groupIds: readonly string[];
}

/** Creates a user and their memberships; the caller hashes the password (hashing inside a transaction would hold it open). */
export async function createUser(repos: Repos, now: number, input: NewUser): Promise<UserWithGroups> {
  const email = input.email.trim().toLowerCase();
  if (await repos.users.byEmail(email)) {
    throw new AppError(409, "conflict", text("accounts.exists", { email }));
  }
  const groups = await repos.groups.byIds([...new Set(input.groupIds)]);
  if (groups.length !== new Set(input.groupIds).size) {
    throw new AppError(400, "validation_failed", "groups.missing");
  }
  const id = newId();
  await repos.users.insert({
    id,
    email,
    name: input.name.trim(),
    role: input.role,
    password_hash: input.passwordHash,
    active: 1,
    created_at: now,
  });
  for (const group of groups) await repos.groups.addMember(group.id, id, now);
  const user = await repos.users.byId(id);
  if (!user) throw new Error(`user ${id} vanished after insert`);
  return user;
}
