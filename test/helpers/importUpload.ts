import type { Node as ProseMirrorNode } from "@tiptap/pm/model";
import type { TestServer } from "./server";
import { DOCX_CONTENT_TYPE } from "../../server/http/routes/import";

// Uploads to the Word import route, and what the import tests look for in the documents it makes.

export interface Upload {
  status: number;
  headers: Headers;
  body: any;
}

/**
 * Sends bytes to the import route as a browser's fetch would: the file itself as the body, and `language` as the
 * Accept-Language the app sends (its interface language).
 */
export async function upload(server: TestServer, cookie: string | null, bytes: Uint8Array, options: { query?: string; type?: string; language?: string } = {}): Promise<Upload> {
  const headers = importHeaders(cookie, options.type);
  if (options.language) headers["accept-language"] = options.language;
  return answerOf(await fetch(importUrl(server, options.query), { method: "POST", headers, body: bytes.slice() }));
}

/**
 * An upload whose body arrives only when the test says: `first` is sent at once, the rest on `finish`. It stays in
 * flight on the server (reading the body) for as long as the test likes, without any timing.
 */
export function slowUpload(server: TestServer, cookie: string | null, first: Uint8Array, options: { query?: string } = {}) {
  let controller!: ReadableStreamDefaultController<Uint8Array>;
  const body = new ReadableStream<Uint8Array>({
    start(c) {
      controller = c;
      c.enqueue(first.slice());
    },
  });
  const init = { method: "POST", headers: importHeaders(cookie), body, duplex: "half" } as RequestInit;
  return {
    answer: fetch(importUrl(server, options.query), init).then(answerOf),
    finish(rest: Uint8Array) {
      controller.enqueue(rest.slice());
      controller.close();
    },
    /** Ends the body here: for an upload the server refused without reading it. */
    end: () => controller.close(),
  };
}

const importUrl = (server: TestServer, query = "") => new URL(`/api/documents/import${query}`, server.url);

function importHeaders(cookie: string | null, type = DOCX_CONTENT_TYPE): Record<string, string> {
  const headers: Record<string, string> = { "content-type": type };
  if (cookie) headers.cookie = cookie;
  return headers;
}

async function answerOf(response: Response): Promise<Upload> {
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // the test sees the raw text
  }
  return { status: response.status, headers: response.headers, body };
}

/** Every node of a document, depth first. */
export function nodesOf(node: ProseMirrorNode): ProseMirrorNode[] {
  const all: ProseMirrorNode[] = [];
  node.descendants((child) => void all.push(child));
  return all;
}

export const marksOn = (doc: ProseMirrorNode, text: string): string[] =>
  nodesOf(doc).find((n) => n.isText && n.text === text)?.marks.map((m) => (m.type.name === "link" ? `link:${m.attrs.href}` : m.type.name)) ?? ["(text not found)"];

