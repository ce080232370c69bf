import type { SuggestionCard } from "./suggestionCards";

// The sets of suggestions an owner may accept or reject at once: all of a section's, one person's, one group's.

export interface BulkChoice {
  /** Stable while the choice exists: "all", "person:<id>", "group:<name>". */
  key: string;
  /** "Everyone", a person's name, a group's name. */
  label: string;
  ids: string[];
}

/**
 * All, then each person, then each group (by the registry's groups), each with its suggestions; a choice that
 * would be the same as "all" is left out. A suggestion whose author the registry does not know yet is in "all"
 * and under its author's id (as `names.someone`), never under a group.
 */
export function bulkChoices(cards: readonly SuggestionCard[], names: { everyone: string; someone: string }): BulkChoice[] {
  if (cards.length === 0) return [];
  const people = new Map<string, BulkChoice>();
  const groups = new Map<string, BulkChoice>();
  for (const card of cards) {
    const person = people.get(card.authorId) ?? { key: `person:${card.authorId}`, label: card.authorName ?? names.someone, ids: [] };
    person.ids.push(card.id);
    if (card.authorName) person.label = card.authorName;
    people.set(card.authorId, person);
    for (const group of card.groups) {
      const choice = groups.get(group) ?? { key: `group:${group}`, label: group, ids: [] };
      choice.ids.push(card.id);
      groups.set(group, choice);
    }
  }
  const byLabel = (a: BulkChoice, b: BulkChoice) => a.label.localeCompare(b.label);
  const partial = (choice: BulkChoice) => choice.ids.length < cards.length;
  return [
    { key: "all", label: names.everyone, ids: cards.map((card) => card.id) },
    ...[...people.values()].filter(partial).sort(byLabel),
    ...[...groups.values()].filter(partial).sort(byLabel),
  ];
}
