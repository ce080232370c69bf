import type { PresentPerson } from "../../collab/presence";

interface Props {
  people: readonly PresentPerson[];
  sectionTitles: ReadonlyMap<string, string>;
}

function whereabouts(person: PresentPerson, titles: ReadonlyMap<string, string>): string {
  const sections = person.sectionIds.map((id) => titles.get(id)).filter((title): title is string => !!title);
  return sections.length > 0 ? `in ${sections.map((title) => `“${title}”`).join(", ")}` : "reading";
}

/** Who has the document open, and in which section their caret is. The colour matches their caret. */
export function PresenceList({ people, sectionTitles }: Props) {
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 className="presence__heading" id="presence-heading">
        Here now <span className="presence__count">({people.length})</span>
      </h2>
      <ul className="presence__list">
        {people.map((person) => (
          <li key={person.user.id} className="presence__person">
            <span className="presence__dot" style={{ backgroundColor: person.user.color }} aria-hidden="true" />
            <span className="presence__name">
              {person.user.name}
              {person.self && " (you)"}
            </span>
            <span className="presence__where">{whereabouts(person, sectionTitles)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
