import { useMemo } from "react";
import type { ContributorWords } from "../../../../shared/api/submissions";
import { useT } from "../../i18n/useLocale";

/** The words a list of contributors is written with (shared/api/submissions.ts), from the active language's catalogue. */
export function useContributorWords(): ContributorWords {
  const t = useT();
  return useMemo(
    () => ({
      roleHeadings: {
        chair: t("submissions.contributors.role.chair"),
        admin: t("submissions.contributors.role.admin"),
        observer: t("submissions.contributors.role.observer"),
        member: t("submissions.contributors.role.member"),
      },
      others: t("submissions.contributors.others"),
      contribution: {
        wrote: t("submissions.contributors.did.wrote"),
        suggested: t("submissions.contributors.did.suggested"),
        commented: t("submissions.contributors.did.commented"),
        amended: t("submissions.contributors.did.amended"),
      },
      person: (name, did) => t("submissions.contributors.person", { name, did }),
      sections: (count, titles) => t("submissions.contributors.sections", { count, titles }),
      separator: { contributions: t("submissions.contributors.separator.contributions"), titles: t("submissions.contributors.separator.titles") },
    }),
    [t],
  );
}
