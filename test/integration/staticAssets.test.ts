import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { request, type IncomingHttpHeaders } from "node:http";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { startTestServer, type TestServer } from "../helpers/server";
import { createClient } from "../helpers/http";
import { PRECOMPRESS_MIN_BYTES } from "../../scripts/precompress";

// The built client as a browser receives it: compressed files written at build time, a year's caching for files
// named after their content, index.html revalidated, and no source maps. Needs `npm run build` first.

const CLIENT = resolve("dist/client");
const IMMUTABLE = "public, max-age=31536000, immutable";

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** Node's fetch decodes bodies and sets its own Accept-Encoding, so the bytes on the wire are read with node:http. */
function rawGet(baseUrl: string, path: string, headers: Record<string, string> = {}, method = "GET"): Promise<RawResponse> {
  return new Promise((resolvePromise, reject) => {
    const req = request(new URL(path, baseUrl), { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolvePromise({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
    req.end();
  });
}

function varies(headers: IncomingHttpHeaders): boolean {
  return /(^|,)\s*accept-encoding\s*(,|$)/i.test(String(headers.vary ?? ""));
}

describe("the built client's static files", () => {
  let server: TestServer;
  const assets = existsSync(join(CLIENT, "assets")) ? readdirSync(join(CLIENT, "assets")) : [];
  const mainScript = /<script[^>]+src="(\/assets\/index-[^"]+\.js)"/.exec(readFileSync(join(CLIENT, "index.html"), "utf8"))?.[1];
  const onDisk = (path: string) => readFileSync(join(CLIENT, path));

  beforeAll(async () => {
    server = await startTestServer({ withClient: true });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("the build wrote brotli and gzip copies and no source maps", () => {
    expect(mainScript, "index.html names its script").toBeDefined();
    expect(assets.filter((name) => name.endsWith(".map"))).toEqual([]);
    const built = assets.filter((file) => /\.(js|css)$/.test(file));
    const worthIt = built.filter((name) => statSync(join(CLIENT, "assets", name)).size >= PRECOMPRESS_MIN_BYTES);
    expect(worthIt.length, "the main script and stylesheet at least").toBeGreaterThanOrEqual(2);
    for (const name of built) {
      // Below the threshold a compressed copy would save less than a network packet: none is written.
      const expected = worthIt.includes(name);
      expect(assets.includes(`${name}.br`), name).toBe(expected);
      expect(assets.includes(`${name}.gz`), name).toBe(expected);
    }
  });

  // A browser that accepts br gets br (preferred over gzip); one that accepts only gzip gets gzip.
  it.each([
    { accept: "gzip, deflate, br, zstd", encoding: "br", decode: brotliDecompressSync },
    { accept: "gzip", encoding: "gzip", decode: gunzipSync },
  ])("sends a hashed script as $encoding to Accept-Encoding: $accept, byte for byte the file on disk", async ({ accept, encoding, decode }) => {
    const response = await rawGet(server.url, mainScript!, { "accept-encoding": accept });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe(encoding);
    expect(response.headers["content-type"]).toMatch(/^text\/javascript/);
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(varies(response.headers)).toBe(true);
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    const original = onDisk(mainScript!);
    expect(response.body.length).toBeLessThan(original.length / 2);
    expect(decode(response.body).equals(original)).toBe(true);
  });

  it("sends the plain file, still varying by Accept-Encoding, to a client that accepts no encoding", async () => {
    const response = await rawGet(server.url, mainScript!);
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBeUndefined();
    expect(Number(response.headers["content-length"])).toBe(response.body.length);
    expect(varies(response.headers)).toBe(true);
    expect(response.headers["cache-control"]).toBe(IMMUTABLE);
    expect(response.body.equals(onDisk(mainScript!))).toBe(true);
  });

  it("compresses the stylesheet too, with its own Content-Type", async () => {
    const stylesheet = assets.find((name) => /^index-.+\.css$/.test(name));
    const response = await rawGet(server.url, `/assets/${stylesheet}`, { "accept-encoding": "br" });
    expect(response.headers["content-encoding"]).toBe("br");
    expect(response.headers["content-type"]).toMatch(/^text\/css/);
    expect(brotliDecompressSync(response.body).equals(onDisk(`/assets/${stylesheet}`))).toBe(true);
  });

  it("a weighted Accept-Encoding still gets a compressed answer (on the fly)", async () => {
    const response = await rawGet(server.url, mainScript!, { "accept-encoding": "gzip;q=1.0, identity;q=0.5" });
    expect(response.status).toBe(200);
    expect(response.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(response.body).equals(onDisk(mainScript!))).toBe(true);
  });

  it("index.html, the site root and unhashed files are revalidated on every visit", async () => {
    for (const path of ["/", "/index.html", "/favicon.svg"]) {
      const response = await rawGet(server.url, path, { "accept-encoding": "gzip, deflate, br" });
      expect(response.status, path).toBe(200);
      expect(response.headers["cache-control"], path).toBe("no-cache");
    }
    const root = await rawGet(server.url, "/");
    expect(root.headers["content-type"]).toMatch(/^text\/html/);
    expect(root.body.toString("utf8")).toContain(mainScript);
  });

  it("a client route still gets index.html, not cached without asking", async () => {
    const response = await rawGet(server.url, "/some/client/route", { "accept-encoding": "gzip, deflate, br" });
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toMatch(/^text\/html/);
    expect(response.headers["cache-control"]).toBe("no-cache");
    const html = response.headers["content-encoding"] === "br" ? brotliDecompressSync(response.body) : response.body;
    expect(html.equals(onDisk("index.html"))).toBe(true);
  });

  it("serves no source map, and the scripts point to none", async () => {
    for (const name of assets.filter((file) => file.endsWith(".js"))) {
      expect(onDisk(`/assets/${name}`).toString("utf8"), name).not.toContain("sourceMappingURL");
      const map = await rawGet(server.url, `/assets/${name}.map`);
      expect(map.status, `${name}.map`).toBe(404);
      expect(map.headers["cache-control"]).toBe("no-cache");
    }
  });

  it("a missing asset is a 404, never the app's page sent as a script", async () => {
    const response = await rawGet(server.url, "/assets/index-Gone1234.js");
    expect(response.status).toBe(404);
    expect(response.headers["cache-control"]).toBe("no-cache");
    expect(response.headers["content-type"]).not.toMatch(/text\/html/);
  });

  it("the compressed copies are not resources of their own", async () => {
    const response = await rawGet(server.url, `${mainScript}.br`, { "accept-encoding": "br" });
    expect(response.status).toBe(404);
  });

  it("answers HEAD with the length of what GET would send", async () => {
    const head = await rawGet(server.url, mainScript!, { "accept-encoding": "br" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers["content-encoding"]).toBe("br");
    expect(Number(head.headers["content-length"])).toBe(readFileSync(join(CLIENT, `${mainScript}.br`)).length);
  });

  it("leaves the API's answers alone: an export keeps its own headers and is not compressed", async () => {
    const client = createClient(server.url);
    await client.loginAs("wg1.member");
    const documents = await client.get<{ documents: Array<{ id: string }> }>("/api/documents");
    const id = documents.body.documents[0]!.id;
    const exported = await rawGet(server.url, `/api/documents/${id}/export?format=html`, {
      cookie: client.cookie!,
      "accept-encoding": "gzip, deflate, br",
    });
    expect(exported.status).toBe(200);
    expect(exported.headers["content-type"]).toMatch(/^text\/html/);
    expect(exported.body.length).toBeGreaterThan(1024);
    expect(exported.headers["content-encoding"]).toBeUndefined();
    expect(varies(exported.headers)).toBe(false);
    expect(exported.headers["cache-control"]).not.toBe("no-cache");

    const missing = await rawGet(server.url, "/api/no-such-thing", { "accept-encoding": "br" });
    expect(missing.status).toBe(404);
    expect(missing.headers["content-type"]).toMatch(/^application\/json/);
    expect(missing.headers["cache-control"]).toBeUndefined();
  });
});
