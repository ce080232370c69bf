import type { VersionView } from "../../../../shared/api/versions";
import { formatDateTime } from "../../ui/formatDate";
import { VERSION_KIND_LABELS } from "./versionKinds";

/** One option per version: its name, kind and time, so that two versions with the same name stay apart. */
export const versionOptions = (versions: readonly VersionView[]) =>
  versions.map((v) => ({ value: v.id, label: `${v.label} (${VERSION_KIND_LABELS[v.kind]}, ${formatDateTime(v.createdAt)})` }));

export const NOW = "current";
