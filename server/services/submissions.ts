import { sha256 } from "@oslojs/crypto/sha2";
import { encodeHexLowerCase } from "@oslojs/encoding";
import type { Deps } from "../deps";
import type { UserWithGroups } from "../store/users";
import type { SubmissionFileRow, SubmissionRow } from "../store/submissions";
import type { OutlineEntry } from "../../shared/api/review";
import type { ChangeSummary, SubmissionCreateInput, SubmissionFormat } from "../../shared/api/submissions";
import { SUBMISSION_FORMATS } from "../../shared/api/submissions";
import type { ExportFile } from "../export/exports";
import { text } from "../i18n/translate";
import { AppError, notFound } from "../http/errors";
import { newId } from "../store/ids";
import { outlineOf } from "./outline";
import { createVersion } from "./versions";
import { submissionName } from "./versionLabels";
import { contributorsOf } from "./contributors";
import { diffSnapshots, snapshotOf } from "./diff";
import { exportDocument } from "../export/exports";

/**
 * The final submission: only when every section is approved. Freezes a version, renders DOCX and PDF from it (and,
 * given a base version, a redline DOCX against it), stores the files with their SHA-256, records who contributed by
 * group, and summarises what changed since the previous submission.
 */
export async function submitDocument(deps: Deps, user: UserWithGroups, documentId: string, { note, baseVersionId: base }: SubmissionCreateInput): Promise<SubmissionRow> {
  const baseVersionId = base || undefined;
  const outline = await outlineOf(deps.store, documentId);
  if (outline.length === 0) throw new AppError(409, "conflict", "submissions.noSections");
  const waiting = outline.filter((s) => s.status !== "approved");
  if (waiting.length > 0) {
    throw new AppError(409, "conflict", text("submissions.notApproved", { titles: { titles: waiting.map((s) => s.title) } }), {
      notApproved: waiting.map((s) => s.id),
    });
  }
  // Checked before anything is frozen: a mistyped base must not leave a submission version behind.
  if (baseVersionId && !(await deps.store.versions.byId(documentId, baseVersionId))) throw notFound("baseVersion");
  const number = await deps.store.submissions.nextNumber(documentId);
  const version = await createVersion(deps, documentId, { label: submissionName(number), kind: "submission", authorId: user.id });
  // Recorded first: the files' front matter prints the same list the submission page shows.
  const contributors = await contributorsOf(deps.store, documentId, { outline: JSON.parse(version.outline) as OutlineEntry[], state: version.state });
  const files: SubmissionFileRow[] = [];
  const submissionId = newId();
  const options = { versionId: version.id, numbering: true, toc: true, contributors };
  const rendered: Array<[SubmissionFormat, ExportFile]> = [
    ["docx", await exportDocument(deps, documentId, "docx", options)],
    ["pdf", await exportDocument(deps, documentId, "pdf", options)],
  ];
  if (baseVersionId) rendered.push(["redline", await exportDocument(deps, documentId, "docx", { ...options, againstId: baseVersionId })]);
  for (const [format, file] of rendered) {
    files.push({
      id: newId(),
      submission_id: submissionId,
      format,
      filename: file.filename,
      content_type: file.contentType,
      size: file.body.byteLength,
      sha256: encodeHexLowerCase(sha256(file.body)),
      content: file.body,
    });
  }
  const previous = (await deps.store.submissions.forDocument(documentId))[0];
  let changeSummary: ChangeSummary | null = null;
  if (previous) {
    const before = await deps.store.versions.byId(documentId, previous.version_id);
    if (before) {
      const diff = diffSnapshots(snapshotOf(before.state, JSON.parse(before.outline) as OutlineEntry[]), snapshotOf(version.state, outline));
      changeSummary = {
        against: { number: previous.number, submittedAt: new Date(previous.submitted_at).toISOString() },
        sections: diff.flatMap((s) => (s.change === "unchanged" ? [] : [{ title: s.title, change: s.change, insertedWords: s.insertedWords, deletedWords: s.deletedWords }])),
      };
    }
  }
  const now = deps.clock.now();
  const submission: SubmissionRow = {
    id: submissionId,
    document_id: documentId,
    number,
    version_id: version.id,
    submitted_by: user.id,
    submitted_at: now,
    note,
    contributors: JSON.stringify(contributors),
    change_summary: changeSummary ? JSON.stringify(changeSummary) : null,
    base_version_id: baseVersionId ?? null,
  };
  await deps.store.transaction(async (tx) => {
    await tx.submissions.insert(submission, files);
    await tx.audit.record({
      at: now,
      actorId: user.id,
      action: "document.submit",
      target: submissionId,
      detail: { documentId, number, versionId: version.id, baseVersionId: baseVersionId ?? null, files: files.map((f) => ({ format: f.format, sha256: f.sha256 })) },
    });
  });
  return submission;
}

export const isSubmissionFormat = (value: string): value is SubmissionFormat => (SUBMISSION_FORMATS as readonly string[]).includes(value);
