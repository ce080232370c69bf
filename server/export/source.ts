import * as Y from "yjs";
import { createHash } from "node:crypto";
import type { Deps } from "../deps";
import type { DocumentRow } from "../store/documents";
import type { DocumentRoom } from "../collab/room";
import type { OutlineEntry } from "../../shared/api/review";
import { outlineOf } from "../services/outline";
import { notFound } from "../http/errors";
import type { ModelOptions } from "./model";
import type { PeopleNames } from "./changes";
import { renderOptions, type ExportFormat } from "./renderJob";
import type { DocumentLanguage } from "../../shared/languages";
import type { VersionSummaryRow } from "../store/review";
import { nameOf, sayName, withMinutes } from "../services/versionLabels";
import { fileTranslatorFor } from "../i18n/translate";
import { dateIn, exportWords, timeIn } from "./words";

/**
 * What an export reads: the document's row, its outline, and a Y.Doc that belongs to the export alone (a copy of
 * the live room's doc, or a stored version loaded into a fresh doc), so reading it can never touch the live
 * document. The caller destroys `doc` when done.
 */
export interface ExportSource {
  document: DocumentRow;
  outline: OutlineEntry[];
  doc: Y.Doc;
  /** When the text is from (ms). */
  at: number;
  version: { id: string; label: string } | null;
}

/**
 * A version's name as a file in `language` prints it: the server's names in that language with their dates in the
 * file's words ("Automatic, 5 December 2026, 10:15 UTC"), a person's as typed.
 */
export function exportedLabel(version: Pick<VersionSummaryRow, "label" | "label_message">, language: DocumentLanguage): string {
  const words = exportWords(language);
  const name = withMinutes(nameOf(version), (at) => words.dateTime(dateIn(words, at), timeIn(words, at)));
  // Without the isolates the app's Arabic puts around names: the file lays its text out itself, as it does for
  // every title it prints (words.ts).
  return sayName(name, fileTranslatorFor(language));
}

/** How long an export waits for the room to store what it holds before reading it from memory anyway. */
const FLUSH_WAIT_MS = 2000;

/** The same as plain data: the text as one Yjs update, for a render on the export worker. */
export interface ExportState extends Omit<ExportSource, "doc"> {
  state: Uint8Array;
}

/** An export before its text is read: enough to know whether the same file was rendered already. */
export interface ExportInput extends Omit<ExportState, "state"> {
  /**
   * Changes whenever the text does. A stored version's text never changes: its id. The live document's: its Yjs
   * snapshot, the state vector (what each client inserted) with the delete set (what was removed; deleting moves
   * no clock). Far cheaper than encoding the whole state (about 2 ms against 20 ms for a 240-page paper).
   */
  textId: Uint8Array | string;
  /** The text as one Yjs update, read only when the file must be rendered. */
  readState(): Promise<Uint8Array>;
}

/** What the room holds once it is stored (what people see); never hangs an export on a failing disk. */
function readRoom<T>(deps: Pick<Deps, "rooms">, documentId: string, read: (room: DocumentRoom) => T): Promise<T> {
  return deps.rooms.withRoom(documentId, async (room) => {
    await Promise.race([room.whenFlushed(), new Promise((resolve) => setTimeout(resolve, FLUSH_WAIT_MS).unref())]);
    return read(room);
  });
}

export async function loadExportInput(deps: Pick<Deps, "store" | "rooms" | "clock">, documentId: string, versionId?: string): Promise<ExportInput> {
  const document = await deps.store.documents.byId(documentId);
  if (!document) throw notFound("document");
  if (versionId) {
    const version = await deps.store.versions.byId(documentId, versionId);
    if (!version) throw notFound("version");
    return {
      document,
      outline: JSON.parse(version.outline) as OutlineEntry[],
      at: version.created_at,
      version: { id: version.id, label: exportedLabel(version, document.language) },
      textId: version.id,
      readState: async () => version.state,
    };
  }
  const textId = await readRoom(deps, documentId, (room) => Y.encodeSnapshot(Y.snapshot(room.doc)));
  return {
    document,
    outline: await outlineOf(deps.store, documentId),
    at: deps.clock.now(),
    version: null,
    textId,
    // Read later than textId: an edit in between renders the newer text under the older key, which no later
    // request asks for again (a live text never returns to an earlier state).
    readState: () => readRoom(deps, documentId, (room) => Y.encodeStateAsUpdate(room.doc)),
  };
}

/**
 * The cache key of an export: a hash of everything its bytes depend on. The text; the outline (titles, order,
 * owner groups, status, which decide the DRAFT mark; languages); the document's title, description and language; the version label; the
 * format and options (as rendered: a PDF asked for tracked changes is the agreed one); the names of suggestion
 * authors a tracked export may print; a redline's base version; a final submission's contributors, which its front matter prints; and the day, which the file name and title page print. The time of day it
 * also prints is the first render's that day: the text was that "as of" then and has not changed since.
 */
export function exportKey(input: ExportInput, format: ExportFormat, asked: ModelOptions, people: PeopleNames = {}, against: string | null = null): string {
  const options = renderOptions(format, asked);
  const suggestions = options.suggestions ?? "agreed";
  const facts = {
    // The language decides every fixed word and date of the file.
    document: { id: input.document.id, title: input.document.title, description: input.document.description, language: input.document.language },
    outline: input.outline,
    version: input.version,
    format,
    // Named one by one: the same options in another order are the same file.
    options: { numbering: options.numbering, toc: options.toc, submittingBodies: options.submittingBodies ?? null, suggestions, contributors: options.contributors ?? null },
    people: suggestions === "tracked" ? Object.entries(people).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)) : null,
    day: new Date(input.at).toISOString().slice(0, 10),
    // A redline's base version (a stored version never changes: its id is its text and outline).
    against,
  };
  return createHash("sha256").update(JSON.stringify(facts)).update(input.textId).digest("base64url");
}

export async function loadExportState(deps: Pick<Deps, "store" | "rooms" | "clock">, documentId: string, versionId?: string): Promise<ExportState> {
  const { textId: _key, readState, ...rest } = await loadExportInput(deps, documentId, versionId);
  return { ...rest, state: await readState() };
}

export async function loadExportSource(deps: Pick<Deps, "store" | "rooms" | "clock">, documentId: string, versionId?: string): Promise<ExportSource> {
  const { state, ...rest } = await loadExportState(deps, documentId, versionId);
  const doc = new Y.Doc({ gc: true });
  Y.applyUpdate(doc, state);
  return { ...rest, doc };
}
