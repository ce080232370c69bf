import { readdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { promisify } from "node:util";
import * as zlib from "node:zlib";
import type { Plugin } from "vite";

// Writes `<file>.br` and `<file>.gz` beside every text file of the built client, so the server sends compressed
// bytes without compressing on each request (server/http/staticFiles.ts picks the variant the browser accepts).
// Compressing once at build time also affords the slowest, smallest settings: brotli quality 11, gzip level 9.

const TEXT_FILE = /\.(?:js|mjs|css|html|svg|json|map|txt|xml|webmanifest)$/;
/** Below this, the header bytes saved are not worth a request's extra lookup (Hono's compress uses the same). */
export const PRECOMPRESS_MIN_BYTES = 1024;

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

async function precompressFile(path: string): Promise<void> {
  const bytes = await readFile(path);
  if (bytes.length < PRECOMPRESS_MIN_BYTES) return;
  const [br, gz] = await Promise.all([
    brotli(bytes, {
      params: {
        [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
        [zlib.constants.BROTLI_PARAM_QUALITY]: zlib.constants.BROTLI_MAX_QUALITY,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }),
    gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION }),
  ]);
  await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gz)]);
}

/** A build-only plugin: after the bundle and the public files are written, compress the text files in outDir. */
export function precompress(): Plugin {
  return {
    name: "penholder:precompress",
    apply: "build",
    enforce: "post",
    async writeBundle(options) {
      if (!options.dir) return;
      const files = (await filesUnder(options.dir)).filter((path) => TEXT_FILE.test(path));
      // zlib's async calls run on libuv's thread pool, so the files compress in parallel.
      await Promise.all(files.map(precompressFile));
    },
  };
}
