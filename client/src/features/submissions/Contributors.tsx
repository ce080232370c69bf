import type { ContributorGroup } from "../../../../shared/api/submissions";

/** Who wrote the paper, by working group; people outside any group last. */
export function Contributors({ contributors }: { contributors: readonly ContributorGroup[] }) {
  if (contributors.length === 0) return <p className="muted">No contributors recorded.</p>;
  const ordered = [...contributors.filter((c) => c.group !== null), ...contributors.filter((c) => c.group === null)];
  return (
    <dl className="contributors">
      {ordered.map((entry) => (
        <div key={entry.group?.slug ?? "none"} className="contributors__group">
          <dt>{entry.group?.name ?? "Secretariat, chairs and others"}</dt>
          <dd>{entry.people.join(", ")}</dd>
        </div>
      ))}
    </dl>
  );
}
