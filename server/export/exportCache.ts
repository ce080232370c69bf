import type { RenderedFile } from "./renderJob";

// Rendered exports by a key made of everything their bytes depend on (exportKey in source.ts), so a document that
// has not changed is rendered once however many people export it, and a render under way is shared by everyone
// who asks for the same file meanwhile. Kept within a budget of bytes, the least recently used leaving first.

export interface ExportCache {
  /** The file for `key`: kept, being rendered already, or rendered now by `render` (and then kept). */
  get(key: string, render: () => Promise<RenderedFile>): Promise<RenderedFile>;
  clear(): void;
  stats(): { files: number; bytes: number; rendering: number };
}

export interface ExportCacheOptions {
  /** The memory all kept files may take. A file over a quarter of it is handed out but not kept. */
  maxBytes: number;
}

/** What a file holds on to: its whole buffer (a view into a larger one keeps all of it alive). */
const sizeOf = (file: RenderedFile): number => file.body.buffer.byteLength;

export function createExportCache({ maxBytes }: ExportCacheOptions): ExportCache {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const kept = new Map<string, RenderedFile>();
  const rendering = new Map<string, Promise<RenderedFile>>();
  let bytes = 0;

  const keep = (key: string, file: RenderedFile) => {
    if (sizeOf(file) > maxBytes / 4 || kept.has(key)) return;
    kept.set(key, file);
    bytes += sizeOf(file);
    for (const [oldest, file] of kept) {
      if (bytes <= maxBytes) break;
      kept.delete(oldest);
      bytes -= sizeOf(file);
    }
  };

  return {
    get(key, render) {
      const hit = kept.get(key);
      if (hit) {
        kept.delete(key);
        kept.set(key, hit);
        return Promise.resolve(hit);
      }
      const underWay = rendering.get(key);
      if (underWay) return underWay;
      const started = render()
        .then((file) => {
          keep(key, file);
          return file;
        })
        .finally(() => rendering.delete(key));
      rendering.set(key, started);
      return started;
    },
    clear() {
      kept.clear();
      bytes = 0;
    },
    stats: () => ({ files: kept.size, bytes, rendering: rendering.size }),
  };
}
