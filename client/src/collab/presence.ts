import type { Awareness } from "y-protocols/awareness";
import { cursorField, type PresenceUser } from "../../../shared/collab/protocol";

export interface PresentPerson {
  user: PresenceUser;
  self: boolean;
  /** Sections where this person's caret is now (several tabs may be in several sections). */
  sectionIds: string[];
}

const CURSOR_PREFIX = cursorField("");

function presenceUser(value: unknown): PresenceUser | null {
  if (typeof value !== "object" || value === null) return null;
  const user = value as Record<string, unknown>;
  if (typeof user.id !== "string" || typeof user.name !== "string" || typeof user.color !== "string") return null;
  return { id: user.id, name: user.name, color: user.color };
}

/**
 * Who is here, one entry per person however many tabs they have open, from the awareness states the server
 * stamped (`user` is the server's truth, not what a client claimed). Yourself first, then by name.
 */
export function readPresence(awareness: Awareness, selfId: string): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const state of awareness.getStates().values()) {
    const user = presenceUser(state.user);
    if (!user) continue;
    const person = people.get(user.id) ?? { user, self: user.id === selfId, sectionIds: [] };
    for (const [field, value] of Object.entries(state)) {
      if (field.startsWith(CURSOR_PREFIX) && value != null) {
        const sectionId = field.slice(CURSOR_PREFIX.length);
        if (!person.sectionIds.includes(sectionId)) person.sectionIds.push(sectionId);
      }
    }
    people.set(user.id, person);
  }
  return [...people.values()].sort((a, b) => Number(b.self) - Number(a.self) || a.user.name.localeCompare(b.user.name));
}
