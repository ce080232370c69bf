import type { SubmissionFileView, SubmissionFormat } from "../../../../shared/api/submissions";
import type { MessageId } from "../../i18n/catalogues";
import { hidden } from "../../i18n/tags";
import { useLocale, useRichT, useT } from "../../i18n/useLocale";
import { CopyButton } from "./CopyButton";
import { fileSize } from "./fileSize";

/** How the submission page names each file. */
const FORMAT_MESSAGES: Record<SubmissionFormat, MessageId> = {
  docx: "submissions.format.docx",
  pdf: "submissions.format.pdf",
  redline: "submissions.format.redline",
};

/** The files of a submission: download links, sizes, and SHA-256 fingerprints to check them against. */
export function SubmissionFiles({ files, idPrefix }: { files: readonly SubmissionFileView[]; idPrefix: string }) {
  const t = useT();
  const richT = useRichT();
  const { locale } = useLocale();
  return (
    <ul className="submission-files">
      {files.map((file) => {
        const hashId = `${idPrefix}-${file.format}-sha256`;
        const format = t(FORMAT_MESSAGES[file.format]);
        return (
          <li key={file.format} className="submission-file">
            <p className="submission-file__name">
              <a href={file.url} download={file.filename}>
                {richT("submissions.files.download", { format, filename: file.filename, hidden })}
              </a>{" "}
              <span className="muted">{t("submissions.files.meta", { filename: file.filename, size: fileSize(file.size, locale) })}</span>
            </p>
            <div className="submission-file__hash">
              <span className="submission-file__hash-label">{t("submissions.files.sha256")}</span>
              <code className="hash" id={hashId}>
                {file.sha256}
              </code>
              <CopyButton value={file.sha256} what={t("submissions.files.copyWhat", { format })} targetId={hashId} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
