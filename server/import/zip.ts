import { crc32, inflateRawSync } from "node:zlib";
import { tooLarge, unreadable } from "./errors";
import { text } from "../i18n/translate";

// A DOCX is a ZIP package. Only its few XML parts are unpacked, each on demand, and every size is checked
// twice: the sizes the archive claims (before anything is inflated) and the bytes inflation really produces
// (zlib stops at the claimed size, so an entry that lies about its size costs nothing). The central directory is
// read here because no maintained reader exposes it with entry offsets while letting us cap inflation; the
// inflating itself is zlib's.

export interface ZipLimits {
  /** Entries in the archive. */
  maxEntries: number;
  /** Sum of the sizes its entries claim once unpacked. */
  maxUnpackedBytes: number;
}

interface Entry {
  name: string;
  method: number;
  encrypted: boolean;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  /** Every entry name, as stored. */
  readonly names: readonly string[];
  has(name: string): boolean;
  /** The unpacked bytes of an entry (names compare case-insensitively, as OPC part names do). */
  read(name: string): Uint8Array | undefined;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DAMAGED = text("import.zip.damaged");

function findEndOfCentralDirectory(view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const last = view.byteLength - 22;
  for (let at = last; at >= 0 && at >= last - 0xffff; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw unreadable(DAMAGED);
}

function readDirectory(bytes: Uint8Array, limits: ZipLimits): Entry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let offset = view.getUint32(eocd + 16, true);
  if ((count === 0xffff || offset === 0xffffffff) && eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) {
    const zip64 = Number(view.getBigUint64(eocd - 12, true));
    if (zip64 + 56 > bytes.length || view.getUint32(zip64, true) !== ZIP64_EOCD) throw unreadable(DAMAGED);
    count = Number(view.getBigUint64(zip64 + 32, true));
    offset = Number(view.getBigUint64(zip64 + 48, true));
  }
  if (count > limits.maxEntries) {
    throw tooLarge(text("import.zip.tooManyParts", { count, max: limits.maxEntries }));
  }
  const entries: Entry[] = [];
  let claimed = 0;
  for (let i = 0; i < count; i++) {
    if (offset + 46 > bytes.length || view.getUint32(offset, true) !== CENTRAL) throw unreadable(DAMAGED);
    const nameLength = view.getUint16(offset + 28, true);
    const extraLength = view.getUint16(offset + 30, true);
    const commentLength = view.getUint16(offset + 32, true);
    const next = offset + 46 + nameLength + extraLength + commentLength;
    if (next > bytes.length) throw unreadable(DAMAGED);
    const entry: Entry = {
      name: new TextDecoder().decode(bytes.subarray(offset + 46, offset + 46 + nameLength)),
      method: view.getUint16(offset + 10, true),
      encrypted: (view.getUint16(offset + 8, true) & 1) === 1,
      crc: view.getUint32(offset + 16, true),
      compressedSize: view.getUint32(offset + 20, true),
      size: view.getUint32(offset + 24, true),
      localHeaderOffset: view.getUint32(offset + 42, true),
    };
    readZip64Extra(view, offset + 46 + nameLength, extraLength, entry);
    claimed += entry.size;
    if (claimed > limits.maxUnpackedBytes) {
      throw tooLarge(text("import.zip.unpacksTooLarge", { megabytes: limits.maxUnpackedBytes / (1024 * 1024) }));
    }
    entries.push(entry);
    offset = next;
  }
  return entries;
}

/** Sizes and offsets too big for 32 bits live in the ZIP64 extra field, in this order, only where marked. */
function readZip64Extra(view: DataView, start: number, length: number, entry: Entry): void {
  const MARK = 0xffffffff;
  if (entry.size !== MARK && entry.compressedSize !== MARK && entry.localHeaderOffset !== MARK) return;
  for (let at = start; at + 4 <= start + length; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const next = (): number => {
        if (field + 8 > at + 4 + size) throw unreadable(DAMAGED);
        const value = Number(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      if (entry.size === MARK) entry.size = next();
      if (entry.compressedSize === MARK) entry.compressedSize = next();
      if (entry.localHeaderOffset === MARK) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
  throw unreadable(DAMAGED);
}

function unpack(bytes: Uint8Array, entry: Entry): Uint8Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) throw unreadable(DAMAGED);
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw unreadable(DAMAGED);
  if (entry.encrypted) throw unreadable(text("import.zip.encrypted"));
  const packed = bytes.subarray(start, end);
  let data: Uint8Array;
  if (entry.method === 0) {
    data = packed;
  } else if (entry.method === 8) {
    try {
      // One byte over the claimed size is enough to catch a lie; zlib stops there.
      data = inflateRawSync(packed, { maxOutputLength: entry.size + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") {
        throw tooLarge(text("import.zip.partLies", { part: entry.name }));
      }
      throw unreadable(DAMAGED);
    }
  } else {
    throw unreadable(text("import.zip.method", { part: entry.name, method: entry.method }));
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc) throw unreadable(DAMAGED);
  return data;
}

/** Reads the archive's directory (checking the limits) and unpacks entries on demand. */
export function openZip(bytes: Uint8Array, limits: ZipLimits): ZipArchive {
  const entries = readDirectory(bytes, limits);
  const byName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  return {
    names: entries.map((entry) => entry.name),
    has: (name) => byName.has(name.toLowerCase()),
    read(name) {
      const entry = byName.get(name.toLowerCase());
      return entry ? unpack(bytes, entry) : undefined;
    },
  };
}
