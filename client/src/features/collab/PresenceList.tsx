import type { PresentPerson } from "../../collab/presence";
import { useFormats, useRichT, useT, type Translate } from "../../i18n/useLocale";
import type { Formats } from "../../ui/formatDate";

interface Props {
  people: readonly PresentPerson[];
  sectionTitles: ReadonlyMap<string, string>;
}

function whereabouts(person: PresentPerson, titles: ReadonlyMap<string, string>, t: Translate, formats: Formats): string {
  const sections = person.sectionIds.map((id) => titles.get(id)).filter((title): title is string => !!title);
  if (sections.length === 0) return t("collab.presence.reading");
  return t("collab.presence.in", { sections: formats.list(sections.map((title) => t("collab.presence.quoted", { title }))) });
}

/** Who has the document open, and in which section their caret is. The colour matches their caret. */
export function PresenceList({ people, sectionTitles }: Props) {
  const t = useT();
  const rich = useRichT();
  const formats = useFormats();
  return (
    <section className="presence" aria-labelledby="presence-heading">
      <h2 className="presence__heading" id="presence-heading">
        {t("collab.presence.heading")} <span className="presence__count">{t("collab.presence.count", { count: people.length })}</span>
      </h2>
      <ul className="presence__list">
        {people.map((person) => (
          <li key={person.user.id} className="presence__person">
            <span className="presence__dot" style={{ backgroundColor: person.user.color }} aria-hidden="true" />
            <span className="presence__name">
              {person.self ? rich("collab.presence.you", { name: <bdi key="name">{person.user.name}</bdi> }) : <bdi>{person.user.name}</bdi>}
            </span>
            <span className="presence__where">{whereabouts(person, sectionTitles, t, formats)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
