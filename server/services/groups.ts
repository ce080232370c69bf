import type { Repos } from "../store/store";
import { newId } from "../store/ids";
import { AppError } from "../http/errors";
import { text } from "../i18n/translate";
import type { GroupRow } from "../store/groups";

export async function createGroup(
  repos: Repos,
  now: number,
  input: { slug: string; name: string; description: string },
): Promise<GroupRow> {
  if (await repos.groups.bySlug(input.slug)) {
    throw new AppError(409, "conflict", text("groups.slugTaken", { slug: input.slug }));
  }
  const group: GroupRow = { id: newId(), slug: input.slug, name: input.name, description: input.description, created_at: now };
  await repos.groups.insert(group);
  return group;
}
