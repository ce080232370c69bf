import { SUBMISSION_FILE_NAMES, type SubmissionFileView } from "../../../../shared/api/submissions";
import { formatBytes } from "../exports/formatBytes";
import { CopyButton } from "./CopyButton";

const FORMAT_LABELS = SUBMISSION_FILE_NAMES;

/** The files of a submission: download links, sizes, and SHA-256 fingerprints to check them against. */
export function SubmissionFiles({ files, idPrefix }: { files: readonly SubmissionFileView[]; idPrefix: string }) {
  return (
    <ul className="submission-files">
      {files.map((file) => {
        const hashId = `${idPrefix}-${file.format}-sha256`;
        return (
          <li key={file.format} className="submission-file">
            <p className="submission-file__name">
              <a href={file.url} download={file.filename}>
                Download {FORMAT_LABELS[file.format]}<span className="visually-hidden">: {file.filename}</span>
              </a>{" "}
              <span className="muted">
                {file.filename}, {formatBytes(file.size)}
              </span>
            </p>
            <div className="submission-file__hash">
              <span className="submission-file__hash-label">
                SHA-256
              </span>
              <code className="hash" id={hashId}>
                {file.sha256}
              </code>
              <CopyButton value={file.sha256} what={`SHA-256 of the ${FORMAT_LABELS[file.format]} file`} targetId={hashId} />
            </div>
          </li>
        );
      })}
    </ul>
  );
}
