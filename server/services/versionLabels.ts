import type { SectionStatus } from "../../shared/rights";
import type { VersionSummaryRow } from "../store/review";
import { parseStoredText, storeText, text, translate, type ServerMessageId, type ServerText, type Translator } from "../i18n/translate";

// The names the server gives the versions it makes (automatic, a section's move, a submission, a restore) are
// messages, said in each reader's language when read; a name a person typed is theirs and is said as typed. A
// version keeps both: `label` in English, as every version had before (API clients, the audit log and old exports
// read it), and `label_message` beside it (migration 012). Versions stored before have no message: their label is
// said as it was stored.

/** A version's name: a person's words, or a message of ours. */
export type VersionName = string | ServerText;

/** "2026-12-05 10:15 UTC": the client writes it in the reader's own date format and time zone (readableDates). */
const minuteOf = (at: number): string => `${new Date(at).toISOString().slice(0, 16).replace("T", " ")} UTC`;

const MINUTE = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}) UTC$/;

export const automaticName = (at: number): ServerText => text("versionLabel.automatic", { when: minuteOf(at) });

export const submissionName = (number: number): ServerText => text("versionLabel.submission", { number });

const TRANSITION_NAMES: Record<SectionStatus, ServerMessageId> = {
  in_review: "versionLabel.inReview",
  approved: "versionLabel.approved",
  changes_requested: "versionLabel.changesRequested",
  draft: "versionLabel.draft",
};

/** "“Introduction” approved": the section's title as it was then. */
export const transitionName = (title: string, to: SectionStatus): ServerText => text(TRANSITION_NAMES[to], { title });

/** "Restored to “…”", or with a section's title "“…” restored to “…”": the other version's name inside, as it reads. */
export const restoredName = (version: StoredName, sectionTitle?: string): ServerText =>
  sectionTitle === undefined
    ? text("versionLabel.restored", { version: nameOf(version) })
    : text("versionLabel.sectionRestored", { title: sectionTitle, version: nameOf(version) });

/** A submission's base version deleted since. */
export const GONE_VERSION = text("versionLabel.gone");
/** The live text, as one side of a comparison. */
export const CURRENT_TEXT = text("versionLabel.now");

type StoredName = Pick<VersionSummaryRow, "label" | "label_message">;

/** The columns a name is stored in. */
export const storedName = (name: VersionName): StoredName =>
  typeof name === "string" ? { label: name, label_message: null } : { label: translate("en", name), label_message: storeText(name) };

/** A stored version's name: its message, else its label as it was written (typed, or from before messages). */
export const nameOf = (row: StoredName): VersionName => (row.label_message === null ? row.label : (parseStoredText(row.label_message) ?? row.label));

export const sayName = (name: VersionName, say: Translator): string => (typeof name === "string" ? name : say(name));

/** A stored version's name in the reader's language. */
export const labelOf = (row: StoredName, say: Translator): string => sayName(nameOf(row), say);

/**
 * The same name with the minute of each automatic version in it (a restore names another version) rewritten by
 * `write`: an export prints dates in its own words, where the app's client rewrites the ISO minute itself.
 */
export function withMinutes(name: VersionName, write: (at: number) => string): VersionName {
  if (typeof name === "string") return name;
  if (!name.values) return name;
  const values = Object.fromEntries(
    Object.entries(name.values).map(([key, value]) => {
      const minute = name.id === "versionLabel.automatic" && key === "when" && typeof value === "string" ? MINUTE.exec(value) : null;
      if (minute) return [key, write(Date.parse(`${minute[1]}T${minute[2]}:00Z`))];
      return [key, typeof value === "object" && "id" in value ? withMinutes(value, write) : value];
    }),
  );
  return text(name.id, values);
}
