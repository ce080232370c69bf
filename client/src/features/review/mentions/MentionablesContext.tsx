import { createContext, useCallback, useMemo, useRef, useState, type ReactNode } from "react";
import { api, unwrap } from "../../../api/client";
import type { Mentionable } from "../../../review/mentionQuery";

export interface Mentionables {
  items: readonly Mentionable[];
  status: "idle" | "loading" | "ready" | "error";
  /** Loads people and groups the first time someone types "@" (again after a failure). */
  load(): void;
}

export const MentionablesContext = createContext<Mentionables | null>(null);

/**
 * People and groups one can mention. The people list is admin-only, so people come from the members of every
 * group (everyone who writes for a group); groups are mentionable themselves.
 */
async function fetchMentionables(): Promise<Mentionable[]> {
  const { groups } = await unwrap(api.api.groups.$get());
  const details = await Promise.all(groups.map((group) => unwrap(api.api.groups[":id"].$get({ param: { id: group.id } }))));
  const people = new Map<string, { name: string; groups: string[] }>();
  for (const { group } of details) {
    for (const member of group.members) {
      const person = people.get(member.id) ?? { name: member.name, groups: [] };
      person.groups.push(group.slug.toUpperCase());
      people.set(member.id, person);
    }
  }
  return [
    ...[...people].map(([id, person]): Mentionable => ({ kind: "user", id, name: person.name, detail: person.groups.join(", ") })),
    ...groups.map((group): Mentionable => ({ kind: "group", id: group.id, name: group.name, detail: group.slug })),
  ];
}

export function MentionablesProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<{ items: Mentionable[]; status: Mentionables["status"] }>({ items: [], status: "idle" });
  const started = useRef(false);
  const load = useCallback(() => {
    if (started.current) return;
    started.current = true;
    setState((previous) => ({ ...previous, status: "loading" }));
    fetchMentionables()
      .then((items) => setState({ items, status: "ready" }))
      .catch(() => {
        started.current = false;
        setState((previous) => ({ ...previous, status: "error" }));
      });
  }, []);
  const value = useMemo(() => ({ ...state, load }), [state, load]);
  return <MentionablesContext value={value}>{children}</MentionablesContext>;
}
