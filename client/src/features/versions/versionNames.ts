import { useMemo } from "react";
import type { VersionKindName, VersionView } from "../../../../shared/api/versions";
import { useFormats, useT, type Translate } from "../../i18n/useLocale";
import type { Formats } from "../../ui/formatDate";
import { VERSION_KIND_MESSAGES } from "./versionKinds";

/** What names a version in the reader's language: the messages and the dates of the active language. */
export interface VersionWords {
  t: Translate;
  formats: Formats;
}

interface Named {
  title: string;
  /** The name already says what kind of version it is ("Automatic, …", "Submission 2", "Restored to …"). */
  saysKind: boolean;
}

/** A version by its name, and its kind where known. */
export type Labelled = { label: string; kind?: VersionKindName | undefined };

// The server names the versions it makes itself in the language the request asks for, which is the interface's
// (server/services/versionLabels.ts); the versions it stored before that have an English name only, whose form and
// kind say which of its names it is, and whose parts are said again here in the reader's language. A name given by
// a person stays as written; every name's ISO dates are shown in the reader's format.
const AUTOMATIC = /^Automatic, (.+)$/;
const SUBMISSION = /^Submission (\d+)$/;
const TRANSITION = /^“(.*)” (submitted for review|approved|changes requested|back to draft)$/;
const SECTION_RESTORED = /^“(.*?)” restored to “(.*)”$/;
const RESTORED = /^Restored to “(.*)”$/;

const TRANSITION_MESSAGES = {
  "submitted for review": "versions.name.inReview",
  approved: "versions.name.approved",
  "changes requested": "versions.name.changesRequested",
  "back to draft": "versions.name.draft",
} as const;

function named({ label, kind }: Labelled, words: VersionWords): Named {
  const { t, formats } = words;
  // Without a kind (a restored version's name inside another), any of the server's forms may be meant.
  const may = (...kinds: VersionKindName[]) => kind === undefined || kinds.includes(kind);
  let match: RegExpExecArray | null;
  if (may("auto") && (match = AUTOMATIC.exec(label))) return { title: t("versions.name.auto", { when: formats.readableDates(match[1]!) }), saysKind: true };
  if (may("submission") && (match = SUBMISSION.exec(label))) return { title: t("versions.name.submission", { number: Number(match[1]) }), saysKind: true };
  if (may("approval", "transition") && (match = TRANSITION.exec(label))) {
    return { title: t(TRANSITION_MESSAGES[match[2] as keyof typeof TRANSITION_MESSAGES], { title: match[1]! }), saysKind: false };
  }
  if (may("restore") && (match = SECTION_RESTORED.exec(label))) {
    return { title: t("versions.name.sectionRestored", { title: match[1]!, version: named({ label: match[2]! }, words).title }), saysKind: false };
  }
  if (may("restore") && (match = RESTORED.exec(label))) return { title: t("versions.name.restored", { version: named({ label: match[1]! }, words).title }), saysKind: true };
  // Already in the reader's language (or a person's): an automatic version's or a submission's name is always ours,
  // and says its kind.
  return { title: formats.readableDates(label), saysKind: kind === "auto" || kind === "submission" };
}

/** A version's name as people read it, in their language, any date in it in the one date format. */
export const versionTitle = (version: Labelled, words: VersionWords): string => named(version, words).title;

/**
 * A version in a list of choices: its name, kind and time, so that two versions with the same name stay apart;
 * what the name already says ("Automatic, 5 Dec 2026, 10:15") is not said twice.
 */
export function versionChoiceLabel(version: Pick<VersionView, "label" | "kind" | "createdAt">, words: VersionWords): string {
  const { t, formats } = words;
  const { title, saysKind } = named(version, words);
  const time = formats.dateTime(version.createdAt);
  const kind = t(VERSION_KIND_MESSAGES[version.kind]);
  const saysTime = title.includes(time);
  if (saysKind && saysTime) return title;
  if (saysKind) return t("versions.choice.time", { title, time });
  if (saysTime) return t("versions.choice.kind", { title, kind });
  return t("versions.choice.kindAndTime", { title, kind, time });
}

/** One option per version, newest first. */
export const versionOptions = (versions: readonly VersionView[], words: VersionWords) =>
  versions.map((v) => ({ value: v.id, label: versionChoiceLabel(v, words) }));

/** The words above in the active language, for components. */
export function useVersionNames() {
  const t = useT();
  const formats = useFormats();
  return useMemo(() => {
    const words = { t, formats };
    return {
      words,
      title: (version: Labelled) => versionTitle(version, words),
      options: (versions: readonly VersionView[]) => versionOptions(versions, words),
    };
  }, [t, formats]);
}
